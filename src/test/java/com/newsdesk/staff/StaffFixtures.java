package com.newsdesk.staff;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Staff accounts and tokens for tests. */
@ApplicationScoped
public class StaffFixtures {

    public record Account(UUID id, String email, String password, StaffRole role) {}

    public static final String PASSWORD = "a long enough test password";

    private final StaffRepository staff;
    private final LoginFailureRepository failures;
    private final PasswordHasher hasher;

    StaffFixtures(StaffRepository staff, LoginFailureRepository failures, PasswordHasher hasher) {
        this.staff = staff;
        this.failures = failures;
        this.hasher = hasher;
    }

    @Transactional
    public Account create(StaffRole role) {
        Staff account = new Staff();
        account.email = role.value() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@newsroom.example";
        account.displayName = "Test " + role.value();
        account.role = role;
        account.passwordHash = hasher.hash(PASSWORD);
        staff.persist(account);
        return new Account(account.id, account.email, PASSWORD, role);
    }

    @Transactional
    public void deleteAll() {
        failures.deleteAll();
        staff.deleteAll();
    }

    @Transactional
    public void forgetFailures() {
        failures.deleteAll();
    }

    @Transactional
    public long activeAdmins() {
        return staff.countActiveAdmins();
    }

    /** Logs in through the API, as a client would. */
    public static String login(Account account) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", account.email(), "password", account.password()))
                .post("/api/v1/admin/auth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }

    /** A correctly signed token with the given expiry, for tests of expired tokens. */
    public static String signedToken(Account account, Instant issuedAt, Instant expiresAt) {
        return claims(account, issuedAt, expiresAt).sign();
    }

    /** A token that looks right but is signed with a key the service never saw. */
    public static String forgedToken(Account account) {
        return claims(account, Instant.now(), Instant.now().plusSeconds(600)).sign(foreignKey());
    }

    private static JwtClaimsBuilder claims(Account account, Instant issuedAt, Instant expiresAt) {
        return Jwt.issuer("newsdesk")
                .audience("newsdesk-staff")
                .subject(account.id().toString())
                .upn(account.email())
                .groups(account.role().grantedRoles())
                .claim(TokenService.TOKEN_VERSION_CLAIM, 0)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt);
    }

    private static PrivateKey foreignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
