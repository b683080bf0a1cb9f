package com.newsdesk.common.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where Newsdesk may send a request that a staff member chose the URL of (webhooks, CDN purges):
 * https only unless plain http is allowed, and never to an address inside the operator's own
 * networks (loopback, private, link-local, carrier-grade NAT, multicast, unspecified, reserved,
 * documentation; IPv6 forms that embed an IPv4 address are judged by it), however the host is
 * spelled (a name, {@code 2130706433}, {@code [::ffff:127.0.0.1]}), unless an allowed network holds
 * it. The host is resolved here, every address it resolves to must pass, and the caller connects to
 * the address this returns, never resolving again: a name that changes its answer between the check
 * and the connection (DNS rebinding) cannot reach inside.
 */
public final class OutboundPolicy {

    /** Resolves a host name or literal; tests replace the system resolver. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A URL that passed: connect to {@code address}, and name {@code host} in Host and TLS. */
    public record Target(URI uri, boolean https, String host, int port, String pathAndQuery, InetAddress address) {}

    /** Why a URL may not be used; the message is fit for a 400's field error. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private static final List<AddressRange> INTERNAL = List.of(
                    "0.0.0.0/8",
                    "10.0.0.0/8",
                    "100.64.0.0/10",
                    "127.0.0.0/8",
                    "169.254.0.0/16",
                    "172.16.0.0/12",
                    "192.0.0.0/24",
                    "192.0.2.0/24",
                    "192.88.99.0/24",
                    "192.168.0.0/16",
                    "198.18.0.0/15",
                    "198.51.100.0/24",
                    "203.0.113.0/24",
                    "224.0.0.0/4",
                    "240.0.0.0/4",
                    "::/96",
                    "::1/128",
                    "100::/64",
                    "2001::/32",
                    "2001:db8::/32",
                    "fc00::/7",
                    "fe80::/10",
                    "fec0::/10",
                    "ff00::/8")
            .stream()
            .map(AddressRange::parse)
            .toList();

    private final boolean allowHttp;
    private final List<AddressRange> allowed;
    private final Resolver resolver;

    public OutboundPolicy(boolean allowHttp, List<String> allowedNetworks, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.allowed = allowedNetworks.stream()
                .filter(network -> !network.isBlank())
                .map(AddressRange::parse)
                .toList();
        this.resolver = resolver;
    }

    /** Checks {@code url} and resolves its host once; the target names the address to connect to. */
    public Target resolve(String url) throws Refused {
        URI uri = parse(url);
        String host = host(uri);
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new Refused("The host " + host + " does not resolve.");
        }
        if (addresses.length == 0) {
            throw new Refused("The host " + host + " does not resolve.");
        }
        for (InetAddress address : addresses) {
            if (internal(address) && !isAllowed(address)) {
                throw new Refused("The host " + host + " is or resolves to " + address.getHostAddress()
                        + ", an internal address; only public addresses can be called.");
            }
        }
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = port(uri);
        if (port < 0) {
            port = https ? 443 : 80;
        }
        if (port == 0 || port > 65535) {
            throw new Refused("Not a valid port.");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String pathAndQuery = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return new Target(uri, https, bareHost, port, pathAndQuery, addresses[0]);
    }

    private URI parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("Not a URL: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new Refused(allowHttp ? "Must be an http or https URL." : "Must be an https URL.");
        }
        if (host(uri) == null) {
            throw new Refused("Must name a host.");
        }
        if (uri.getRawUserInfo() != null
                || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            throw new Refused("Must not carry a user name or password; use the signature to authenticate.");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("Must not have a fragment.");
        }
        return uri;
    }

    /**
     * The host, also when java.net.URI leaves it out: a host it does not take for a name or an
     * IPv4 address (the number {@code 2130706433}) makes it read the authority as registry-based.
     */
    private static String host(URI uri) {
        if (uri.getHost() != null && !uri.getHost().isEmpty()) {
            return uri.getHost();
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty() || authority.contains("@") || authority.startsWith("[")) {
            return null;
        }
        int colon = authority.lastIndexOf(':');
        String host = colon < 0 ? authority : authority.substring(0, colon);
        return host.isEmpty() || !host.matches("[A-Za-z0-9.-]+") ? null : host;
    }

    private static int port(URI uri) {
        if (uri.getHost() != null || uri.getRawAuthority() == null) {
            return uri.getPort();
        }
        int colon = uri.getRawAuthority().lastIndexOf(':');
        try {
            return colon < 0 ? -1 : Integer.parseInt(uri.getRawAuthority().substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private boolean isAllowed(InetAddress address) {
        byte[] bytes = address.getAddress();
        return allowed.stream().anyMatch(range -> range.contains(bytes));
    }

    /** True for every address outside the public internet, including IPv4 ones embedded in IPv6. */
    static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (INTERNAL.stream().anyMatch(range -> range.contains(bytes))) {
            return true;
        }
        if (address instanceof Inet6Address) {
            byte[] embedded = embeddedIpv4(bytes);
            if (embedded != null) {
                try {
                    return internal(InetAddress.getByAddress(embedded));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The IPv4 address inside a NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address, else null. */
    private static byte[] embeddedIpv4(byte[] v6) {
        boolean nat64 = v6[0] == 0
                && v6[1] == 0x64
                && (v6[2] & 0xff) == 0xff
                && (v6[3] & 0xff) == 0x9b
                && Arrays.equals(Arrays.copyOfRange(v6, 4, 12), new byte[8]);
        if (nat64) {
            return Arrays.copyOfRange(v6, 12, 16);
        }
        if (v6[0] == 0x20 && v6[1] == 0x02) {
            return Arrays.copyOfRange(v6, 2, 6);
        }
        return null;
    }
}
