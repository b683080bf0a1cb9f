package com.newsdesk.mail;

import java.util.UUID;

/**
 * Asked just before a queued mail is sent whether it is still wanted: a welcome mail for a
 * subscription cancelled meanwhile is not. Features that queue mail with an {@code about} id
 * implement it; a mail is sent only when every implementation agrees.
 */
public interface MailRelevance {

    /** False when the mail of this kind about this id must not go out any more. */
    boolean stillWanted(String kind, UUID about);
}
