package com.newsdesk.newsletter;

import com.newsdesk.common.problem.ProblemException;
import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address a reader typed, checked the way a sign-up box should: trimmed, a local part of
 * at most 64 characters, at most 254 in all, and a domain with at least one dot. International
 * domain names are accepted and sent in their ASCII (punycode) form. {@code key} is the form two
 * spellings of one address share: the whole address in lower case, as mailbox providers treat it.
 *
 * @param address what mail is sent to
 * @param key what makes two sign-ups one reader
 */
public record EmailAddress(String address, String key) {

    public static final String FIELD = "email";
    public static final String MISSING = "Please enter your email address";
    public static final String INVALID = "Please enter a correct email address";

    /** RFC 5322 dot-atom characters, ASCII only (an address with a non-ASCII local part needs SMTPUTF8). */
    private static final Pattern LOCAL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    /** The address, or a 400 on {@code field} with a message a sign-up box can show as it is. */
    public static EmailAddress parse(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw new ProblemException.InvalidInput(field, MISSING);
        }
        String trimmed = raw.strip();
        int at = trimmed.lastIndexOf('@');
        if (trimmed.length() > 254 || at < 1 || at == trimmed.length() - 1) {
            throw invalid(field);
        }
        String local = trimmed.substring(0, at);
        String domain = asciiDomain(trimmed.substring(at + 1), field);
        if (local.length() > 64 || !LOCAL.matcher(local).matches()) {
            throw invalid(field);
        }
        String address = local + "@" + domain;
        if (address.length() > 254) {
            throw invalid(field);
        }
        return new EmailAddress(address, address.toLowerCase(Locale.ROOT));
    }

    private static String asciiDomain(String domain, String field) {
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw invalid(field);
        }
        if (ascii.endsWith(".")) {
            ascii = ascii.substring(0, ascii.length() - 1); // a fully qualified name's root dot
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || ascii.length() > 253) {
            throw invalid(field);
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw invalid(field);
            }
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            throw invalid(field); // 192.168.0.1 is not a domain
        }
        return ascii;
    }

    private static ProblemException invalid(String field) {
        return new ProblemException.InvalidInput(field, INVALID);
    }

    /** The address with most of the local part hidden, for pages a link opens: o***@example.com. */
    public static String masked(String address) {
        int at = address.lastIndexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }
}
