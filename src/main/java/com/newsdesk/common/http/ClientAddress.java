package com.newsdesk.common.http;

import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The address of the client a request comes from, for rate limits and login throttling. Without
 * trusted proxies it is the TCP peer and {@code X-Forwarded-For} is ignored (anyone can send it).
 * When the peer is a trusted proxy, it is the right-most {@code X-Forwarded-For} entry that is not
 * itself a trusted proxy: proxies append what they saw, so everything left of that is the
 * client's own claim.
 */
@ApplicationScoped
@Startup // a malformed NEWSDESK_HTTP_TRUSTED_PROXIES stops start-up instead of failing requests
public class ClientAddress {

    /** {@code newsdesk.http.trusted-proxies}: comma-separated CIDRs (or addresses) of our proxies. */
    @ConfigMapping(prefix = "newsdesk.http")
    public interface ProxyConfig {
        Optional<List<String>> trustedProxies();
    }

    private final List<Cidr> trusted;

    @Inject
    ClientAddress(ProxyConfig config) {
        this(config.trustedProxies().orElse(List.of()).stream()
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .map(Cidr::parse)
                .toList());
    }

    ClientAddress(List<Cidr> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /** The client's address as a literal (IPv4 dotted or IPv6), never null. */
    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
        return resolve(peer, request.headers().getAll("X-Forwarded-For"));
    }

    /** The decision itself: {@code forwarded} are the X-Forwarded-For header lines in order. */
    String resolve(String peer, List<String> forwarded) {
        if (trusted.isEmpty() || !isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String line : forwarded) {
            for (String hop : line.split(",")) {
                hops.add(withoutPort(hop.trim()));
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = Cidr.literal(hops.get(i));
            if (hop == null) {
                // Garbage in the chain: nothing left of it can be believed; the last proxy we trust
                // handed it to us, so that proxy is the client as far as we can tell.
                return i == hops.size() - 1 ? peer : Cidr.literal(hops.get(i + 1));
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        // Every hop is one of our proxies (or there were none): the left-most is as far as we see.
        return hops.isEmpty() ? peer : Cidr.literal(hops.get(0));
    }

    private static final java.util.regex.Pattern IPV4_WITH_PORT =
            java.util.regex.Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");
    private static final java.util.regex.Pattern BRACKETED =
            java.util.regex.Pattern.compile("\\[([0-9A-Fa-f:.]+)](?::\\d{1,5})?");

    /**
     * Some proxies (Azure Application Gateway, IIS ARR) write {@code 203.0.113.7:51234} or
     * {@code [2001:db8::1]:443}; the port is not part of who the client is.
     */
    static String withoutPort(String hop) {
        var v4 = IPV4_WITH_PORT.matcher(hop);
        if (v4.matches()) {
            return v4.group(1);
        }
        var v6 = BRACKETED.matcher(hop);
        return v6.matches() ? v6.group(1) : hop;
    }

    private boolean isTrusted(String address) {
        for (Cidr cidr : trusted) {
            if (cidr.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The network an address belongs to, as text such as {@code 192.0.2.0/24} or
     * {@code 2001:db8:1:2:0:0:0:0/64}: IPv6 users get a whole /64 (or more), so per-address limits
     * would be per-device at best. Text that is no address is returned as it is.
     */
    public static String network(String address, int ipv4Prefix, int ipv6Prefix) {
        byte[] bytes = Cidr.bytes(address);
        if (bytes == null) {
            return address;
        }
        int prefix = bytes.length == 4 ? ipv4Prefix : ipv6Prefix;
        for (int bit = prefix; bit < bytes.length * 8; bit++) {
            bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        try {
            return java.net.InetAddress.getByAddress(bytes).getHostAddress() + "/" + prefix;
        } catch (java.net.UnknownHostException e) {
            return address;
        }
    }
}
