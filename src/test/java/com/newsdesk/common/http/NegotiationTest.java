package com.newsdesk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NegotiationTest {

    @Test
    void ninjsOnlyWhenNamedAboveJson() {
        for (String accept : List.of(
                "application/ninjs+json",
                "application/ninjs+json;q=0.9, application/json;q=0.5",
                "application/json;q=0.1, Application/NINJS+json",
                "*/*;q=0.1, application/ninjs+json")) {
            assertTrue(Negotiation.prefersNinjs(accept), accept);
            assertEquals(Negotiation.NINJS, Negotiation.key(accept));
        }
        for (String accept : Arrays.asList(
                null,
                "",
                "*/*",
                "application/json",
                "application/json, application/ninjs+json",
                "application/ninjs+json;q=0",
                "application/ninjs+json;q=x",
                "application/json, application/ninjs+json;q=0.5",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")) {
            assertFalse(Negotiation.prefersNinjs(accept), String.valueOf(accept));
            assertEquals("", Negotiation.key(accept));
        }
    }
}
