package com.newsdesk.mail;

import io.vertx.ext.mail.SMTPException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/** What a failed SMTP send tells us about whether the message arrived. */
enum SmtpOutcome {
    /** Refused for good (a 5xx reply): retrying cannot help. */
    PERMANENT,
    /** Not delivered, and worth another try (a 4xx reply, no connection). */
    TRANSIENT,
    /**
     * Maybe delivered: the connection broke or the send timed out, possibly after the server had
     * taken the message. SMTP cannot tell us which, so this is retried once with the same Message-ID.
     */
    UNKNOWN;

    static SmtpOutcome of(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SMTPException smtp) {
                return smtp.isPermanent() ? PERMANENT : TRANSIENT;
            }
            if (e instanceof ConnectException
                    || e instanceof UnknownHostException
                    || e instanceof NoRouteToHostException) {
                return TRANSIENT; // the server never saw the message
            }
            if (e instanceof TimeoutException
                    || e instanceof InterruptedException // shutdown while sending: it may have arrived
                    || e instanceof io.smallrye.mutiny.TimeoutException
                    || e instanceof IOException
                    || String.valueOf(e.getMessage())
                            .toLowerCase(java.util.Locale.ROOT)
                            .contains("closed")) {
                return UNKNOWN;
            }
        }
        return TRANSIENT;
    }
}
