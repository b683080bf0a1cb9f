package com.newsdesk.common.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundPolicyTest {

    /** A resolver with a few made-up names, and literals as the system reads them. */
    private static final OutboundPolicy.Resolver NAMES = host -> {
        Map<String, String> names = Map.of(
                "hooks.example.com", "93.184.215.14",
                "rebind.example.com", "127.0.0.1",
                "mixed.example.com", "93.184.215.14,10.1.2.3");
        String answer = names.get(host);
        if (answer == null) {
            if (host.matches("[0-9.]+|\\[.*\\]|[0-9a-fA-F:]+")) {
                return InetAddress.getAllByName(host);
            }
            throw new UnknownHostException(host);
        }
        String[] parts = answer.split(",");
        InetAddress[] addresses = new InetAddress[parts.length];
        for (int i = 0; i < parts.length; i++) {
            addresses[i] = InetAddress.getByName(parts[i]);
        }
        return addresses;
    };

    private final OutboundPolicy strict = new OutboundPolicy(false, List.of(), NAMES);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://169.254.169.254/latest/meta-data/",
                "https://10.0.0.1/",
                "https://172.16.5.4/",
                "https://192.168.1.1/",
                "https://100.64.0.1/",
                "https://127.0.0.1/",
                "https://127.1/",
                "https://2130706433/",
                "https://[::ffff:127.0.0.1]/",
                "https://[::1]/",
                "https://[::]/",
                "https://0.0.0.0/",
                "https://[fd00:ec2::254]/",
                "https://[fe80::1]/",
                "https://224.0.0.1/",
                "https://[64:ff9b::a00:1]/",
                "https://[2002:7f00:1::]/",
                "https://rebind.example.com/hook",
                "https://mixed.example.com/hook"
            })
    void internalAddressesAreRefusedInEverySpelling(String url) {
        OutboundPolicy.Refused refused = assertThrows(OutboundPolicy.Refused.class, () -> strict.resolve(url));
        assertTrue(refused.getMessage().contains("internal address"), refused.getMessage());
    }

    @Test
    void localhostResolvesToLoopbackAndIsRefused() {
        assertThrows(OutboundPolicy.Refused.class, () -> strict.resolve("https://localhost/"));
    }

    @Test
    void aNameResolvingToLoopbackPassesOnlyWhenItsNetworkIsAllowed() throws Exception {
        OutboundPolicy allowing = new OutboundPolicy(false, List.of("127.0.0.0/8"), NAMES);
        OutboundPolicy.Target target = allowing.resolve("https://rebind.example.com:8443/hook?x=1");
        assertEquals(InetAddress.getByName("127.0.0.1"), target.address());
        assertEquals("rebind.example.com", target.host());
        assertEquals(8443, target.port());
        assertEquals("/hook?x=1", target.pathAndQuery());
        assertThrows(OutboundPolicy.Refused.class, () -> allowing.resolve("https://10.0.0.1/"));
    }

    @Test
    void aPublicHostPassesAndIsPinnedToTheAddressChecked() throws Exception {
        OutboundPolicy.Target target = strict.resolve("https://hooks.example.com/api/revalidate");
        assertEquals(InetAddress.getByName("93.184.215.14"), target.address());
        assertEquals(443, target.port());
        assertTrue(target.https());
        assertEquals("/api/revalidate", target.pathAndQuery());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://hooks.example.com/",
                "ftp://hooks.example.com/",
                "hooks.example.com/hook",
                "https:///nohost",
                "https://user:pass@hooks.example.com/",
                "https://hooks.example.com/#part",
                "https://no-such-host.example.com/",
                "https://exa mple.com/"
            })
    void otherSchemesAndMalformedUrlsAreRefused(String url) {
        assertThrows(OutboundPolicy.Refused.class, () -> strict.resolve(url));
    }

    @Test
    void plainHttpPassesOnlyWhenAllowed() throws Exception {
        OutboundPolicy relaxed = new OutboundPolicy(true, List.of(), NAMES);
        OutboundPolicy.Target target = relaxed.resolve("http://hooks.example.com/hook");
        assertEquals(80, target.port());
        assertThrows(OutboundPolicy.Refused.class, () -> relaxed.resolve("http://10.0.0.1/"));
    }

    @Test
    void aBadAllowedNetworkFailsAtStartup() {
        assertThrows(IllegalArgumentException.class, () -> new OutboundPolicy(false, List.of("10.0.0.0/33"), NAMES));
        assertThrows(IllegalArgumentException.class, () -> new OutboundPolicy(false, List.of("intranet"), NAMES));
    }
}
