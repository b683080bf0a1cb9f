package com.newsdesk.common.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A network such as {@code 10.0.0.0/8} or {@code fc00::/7}, matched against resolved addresses. */
record AddressRange(byte[] network, int prefix) {

    /** Parses {@code address/prefix} (a bare address is one host); literals only, never a DNS lookup. */
    static AddressRange parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        if (!address.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 or IPv6 network");
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 or IPv6 network", e);
        }
        int prefix;
        try {
            prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(trimmed.substring(slash + 1));
        } catch (NumberFormatException e) {
            prefix = -1;
        }
        if (prefix < 0 || prefix > bytes.length * 8) {
            throw new IllegalArgumentException("'" + text + "' has an invalid prefix length");
        }
        return new AddressRange(bytes, prefix);
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        int mask = 0xff << (8 - rest) & 0xff;
        return rest == 0 || (address[whole] & mask) == (network[whole] & mask);
    }
}
