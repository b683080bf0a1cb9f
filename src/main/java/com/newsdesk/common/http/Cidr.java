package com.newsdesk.common.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 network such as {@code 10.0.0.0/8} or {@code 2001:db8::/32}; a bare address is a /32 or /128. */
record Cidr(byte[] network, int prefix) {

    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    static Cidr parse(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        byte[] bytes = bytes(address);
        if (bytes == null) {
            throw new IllegalArgumentException(
                    "newsdesk.http.trusted-proxies: '" + text + "' is not an IPv4 or IPv6 address or CIDR");
        }
        int prefix;
        try {
            prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            prefix = -1;
        }
        if (prefix < 0 || prefix > bytes.length * 8) {
            throw new IllegalArgumentException(
                    "newsdesk.http.trusted-proxies: '" + text + "' has an invalid prefix length");
        }
        return new Cidr(bytes, prefix);
    }

    boolean contains(String address) {
        byte[] candidate = bytes(address);
        if (candidate == null || candidate.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (candidate[full] & mask) == (network[full] & mask);
    }

    /**
     * The address normalised ({@code 2001:DB8::1} and {@code [2001:db8::1]} both become
     * {@code 2001:db8:0:0:0:0:0:1}; IPv4-mapped IPv6 becomes IPv4), or null when it is none.
     */
    static String literal(String text) {
        byte[] bytes = bytes(text);
        if (bytes == null) {
            return null;
        }
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** The bytes of an address literal; never a DNS lookup, because only literals pass the patterns. */
    static byte[] bytes(String text) {
        if (text == null) {
            return null;
        }
        String address = text.trim();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        int zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        boolean v4 = IPV4.matcher(address).matches();
        if (!v4 && !IPV6.matcher(address).matches()) {
            return null;
        }
        try {
            // In brackets, the JDK parses IPv6 or fails; it never falls back to a DNS lookup.
            return InetAddress.getByName(v4 ? address : "[" + address + "]").getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }
}
