package com.newsdesk.staff;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AccessToken",
        requiredProperties = {"accessToken", "tokenType", "expiresAt"},
        examples = """
                {"accessToken": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...", "tokenType": "Bearer",
                 "expiresAt": "2026-11-25T18:15:00Z"}""")
public record TokenView(
        @Schema(description = "Send as Authorization: Bearer <accessToken>.")
        String accessToken,

        @Schema(example = "Bearer") String tokenType,

        @Schema(description = "When the token stops working; log in again then.")
        Instant expiresAt) {}
