package com.newsdesk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the client address is derived from the peer and X-Forwarded-For (no server needed). */
class ClientAddressTest {

    private static ClientAddress trusting(String... cidrs) {
        return new ClientAddress(List.of(cidrs).stream().map(Cidr::parse).toList());
    }

    @Test
    void cidrsMatchTheirNetworkOnly() {
        assertTrue(Cidr.parse("10.0.0.0/8").contains("10.200.3.4"));
        assertFalse(Cidr.parse("10.0.0.0/8").contains("11.0.0.1"));
        assertTrue(Cidr.parse("192.0.2.128/25").contains("192.0.2.200"));
        assertFalse(Cidr.parse("192.0.2.128/25").contains("192.0.2.127"));
        assertTrue(Cidr.parse("203.0.113.5").contains("203.0.113.5"));
        assertFalse(Cidr.parse("203.0.113.5").contains("203.0.113.6"));
        assertTrue(Cidr.parse("0.0.0.0/0").contains("8.8.8.8"));
        assertTrue(Cidr.parse("2001:db8::/32").contains("2001:DB8:ffff::1"));
        assertTrue(Cidr.parse("2001:db8::/32").contains("[2001:db8::1]"));
        assertFalse(Cidr.parse("2001:db8::/32").contains("2001:db9::1"));
        assertFalse(Cidr.parse("2001:db8::/32").contains("10.0.0.1"), "no IPv4 in an IPv6 network");
        assertTrue(Cidr.parse("10.0.0.0/8").contains("::ffff:10.1.2.3"), "IPv4-mapped IPv6 is IPv4");
        assertFalse(Cidr.parse("10.0.0.0/8").contains("not-an-address"));
        assertFalse(Cidr.parse("10.0.0.0/8").contains("10.0.0.256"));
    }

    @Test
    void malformedSettingsAreRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("proxy.internal"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("2001:db8::/129"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/x"));
    }

    @Test
    void withoutTrustedProxiesForwardedForIsIgnored() {
        ClientAddress none = trusting();
        assertEquals("198.51.100.9", none.resolve("198.51.100.9", List.of("203.0.113.1")));
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        ClientAddress proxies = trusting("10.0.0.0/8");
        assertEquals("198.51.100.9", proxies.resolve("198.51.100.9", List.of("10.0.0.1, 203.0.113.1")));
    }

    @Test
    void theRightMostUntrustedEntryIsTheClient() {
        ClientAddress proxies = trusting("10.0.0.0/8", "2001:db8:ffff::/48");
        // The client wrote the first entry; our proxy appended what it saw.
        assertEquals("203.0.113.7", proxies.resolve("10.0.0.2", List.of("1.2.3.4, 203.0.113.7")));
        // Two of our proxies in a row.
        assertEquals("203.0.113.7", proxies.resolve("10.0.0.2", List.of("1.2.3.4, 203.0.113.7, 10.0.0.9")));
        // Several header lines are one list.
        assertEquals("203.0.113.8", proxies.resolve("10.0.0.2", List.of("1.2.3.4", "203.0.113.8")));
        // IPv6 hops and clients, in any spelling.
        assertEquals(
                "2001:db8:1:2:0:0:0:5",
                proxies.resolve("2001:db8:ffff::1", List.of("2001:db8:1:2::5, 2001:DB8:FFFF::2")));
        assertEquals("2001:db8:1:2:0:0:0:5", proxies.resolve("10.0.0.2", List.of("[2001:db8:1:2::5]")));
    }

    @Test
    void aPortWrittenByTheProxyIsNotPartOfTheClient() {
        ClientAddress proxies = trusting("10.0.0.0/8");
        assertEquals("203.0.113.7", proxies.resolve("10.0.0.2", List.of("203.0.113.7:51234")));
        assertEquals("2001:db8:1:2:0:0:0:5", proxies.resolve("10.0.0.2", List.of("[2001:db8:1:2::5]:443")));
        assertEquals("203.0.113.7", proxies.resolve("10.0.0.2", List.of("1.2.3.4, 203.0.113.7:80, 10.0.0.9:3128")));
    }

    @Test
    void garbageOrOnlyProxiesInTheChainStopAtWhatWeCanTell() {
        ClientAddress proxies = trusting("10.0.0.0/8");
        assertEquals("10.0.0.2", proxies.resolve("10.0.0.2", List.of("unknown")));
        assertEquals("10.0.0.5", proxies.resolve("10.0.0.2", List.of("junk, 10.0.0.5")));
        assertEquals("10.0.0.5", proxies.resolve("10.0.0.2", List.of("10.0.0.5, 10.0.0.6")));
        assertEquals("10.0.0.2", proxies.resolve("10.0.0.2", List.of()));
    }

    @Test
    void networksAreTheAddressForIpv4AndTheSlash64ForIpv6() {
        assertEquals("198.51.100.9/32", ClientAddress.network("198.51.100.9", 32, 64));
        assertEquals("198.51.100.0/24", ClientAddress.network("198.51.100.9", 24, 48));
        assertEquals("2001:db8:1:2:0:0:0:0/64", ClientAddress.network("2001:db8:1:2:aaaa:bbbb:cccc:dddd", 32, 64));
        assertEquals(
                ClientAddress.network("2001:db8:1:2::1", 32, 64),
                ClientAddress.network("2001:db8:1:2:ffff::9", 32, 64));
        assertEquals("2001:db8:1:0:0:0:0:0/48", ClientAddress.network("2001:db8:1:2::1", 24, 48));
    }
}
