package com.newsdesk.mail;

import java.util.regex.Pattern;

/**
 * Takes email addresses out of SMTP error text ({@code 550 <bob@example.com> unknown}) before it
 * is stored or logged, so that erasing a reader is not undone by a log line or an error column.
 */
public final class Redaction {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:\\[\\]]+@[^\\s<>\"'(),;:\\[\\]]+");
    private static final int MAX = 500;

    private Redaction() {}

    /** The text with every address-like word replaced, cut to 500 characters. */
    public static String addresses(String text) {
        if (text == null) {
            return null;
        }
        String redacted = ADDRESS.matcher(text).replaceAll("[address]");
        return redacted.length() > MAX ? redacted.substring(0, MAX) : redacted;
    }
}
