package com.newsdesk.staff;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Signs the short-lived access tokens of staff. */
@ApplicationScoped
public class TokenService {

    /** Claim carrying the account's token version; a token with an older one is revoked. */
    public static final String TOKEN_VERSION_CLAIM = "tv";

    private final AuthConfig config;
    private final String issuer;
    private final String audience;

    TokenService(
            AuthConfig config,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "mp.jwt.verify.audiences") String audience) {
        this.config = config;
        this.issuer = issuer;
        this.audience = audience;
    }

    TokenView issue(StaffCredentials staff, Instant now) {
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(config.tokenLifetime());
        String token = Jwt.issuer(issuer)
                .audience(audience)
                .subject(staff.id().toString())
                .upn(staff.email())
                .groups(staff.role().grantedRoles())
                .claim(TOKEN_VERSION_CLAIM, staff.tokenVersion())
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .sign();
        return new TokenView(token, "Bearer", expiresAt);
    }
}
