package com.newsdesk.mail;

import com.newsdesk.common.db.SqlValues;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.paging.NumberedPage.PageMeta;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff view of mail that did not go out: failed for good, or with an outcome SMTP could not tell. */
@ApplicationScoped
public class OutboxAdmin {

    public static final List<String> STATUSES = List.of("failed", "unknown");

    @Schema(
            name = "UndeliveredMail",
            requiredProperties = {
                "id",
                "kind",
                "status",
                "attempts",
                "unknownOutcomes",
                "lastError",
                "createdAt",
                "lastAttemptAt",
                "nextAttemptAt"
            })
    public record MailRow(
            @Schema(example = "1042") String id,

            @Schema(description = "What the mail is.", example = "confirmation")
            String kind,

            @Schema(
                    enumeration = {"failed", "unknown"},
                    description = "failed: refused for good or out of attempts; unknown: the server may"
                            + " or may not have taken it (connection lost after sending, timeout)")
            String status,

            int attempts,

            @Schema(description = "Attempts whose outcome was unknown; one of them is retried.")
            int unknownOutcomes,

            @Schema(
                    nullable = true,
                    description = "The last SMTP error, with addresses removed.",
                    example = "550 5.1.1 <[address]>: Recipient address rejected")
            String lastError,

            Instant createdAt,
            @Schema(nullable = true) Instant lastAttemptAt,

            @Schema(nullable = true, description = "The retry still to come (unknown outcomes are retried once).")
            Instant nextAttemptAt) {}

    private final EntityManager db;

    OutboxAdmin(EntityManager db) {
        this.db = db;
    }

    /** Newest first, by page number; both statuses when {@code status} is null. */
    @Transactional
    public NumberedPage<MailRow> list(String status, int page, int limit) {
        List<String> statuses = status == null ? STATUSES : List.of(status);
        // The literal list lets every plan, generic ones too, use the partial mail_outbox_undelivered_idx.
        String where = " FROM mail_outbox WHERE status IN ('failed', 'unknown') AND status = ANY (?1)";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("SELECT id, kind, status, attempts, unknown_outcomes, last_error,"
                        + " created_at, last_attempt_at, next_attempt_at" + where
                        + " ORDER BY created_at DESC, id DESC LIMIT ?2 OFFSET ?3")
                .setParameter(1, statuses.toArray(String[]::new))
                .setParameter(2, limit)
                .setParameter(3, (long) (page - 1) * limit)
                .getResultList();
        long total = ((Number) db.createNativeQuery("SELECT count(*)" + where)
                        .setParameter(1, statuses.toArray(String[]::new))
                        .getSingleResult())
                .longValue();
        List<MailRow> data = rows.stream()
                .map(r -> new MailRow(
                        String.valueOf(r[0]),
                        (String) r[1],
                        (String) r[2],
                        ((Number) r[3]).intValue(),
                        ((Number) r[4]).intValue(),
                        Redaction.addresses((String) r[5]),
                        SqlValues.instant(r[6]),
                        SqlValues.instant(r[7]),
                        SqlValues.instant(r[8])))
                .toList();
        return new NumberedPage<>(data, new PageMeta(page, limit, total));
    }
}
