package com.newsdesk.common.config;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Refuses to start production without the settings it cannot invent: the database, the token
 * keys and the secret that keys subscriber links. It runs while the configuration is read, before Flyway, Hibernate or JWT look for them,
 * and names every missing environment variable at once. Dev and test get an embedded database
 * and generated keys instead.
 */
public class RequiredSettings implements ConfigSourceFactory {

    record Requirement(String message, String... keys) {}

    static final List<Requirement> PRODUCTION = List.of(
            new Requirement(
                    "QUARKUS_DATASOURCE_JDBC_URL: the JDBC URL of a PostgreSQL 15+ database (for example"
                            + " jdbc:postgresql://db.example.org:5432/newsdesk), with QUARKUS_DATASOURCE_USERNAME"
                            + " and QUARKUS_DATASOURCE_PASSWORD if the server asks for them",
                    "quarkus.datasource.jdbc.url"),
            new Requirement(
                    "SMALLRYE_JWT_SIGN_KEY_LOCATION: the PEM file of the private key that signs staff tokens",
                    "smallrye.jwt.sign.key.location",
                    "smallrye.jwt.sign.key"),
            new Requirement(
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION: the PEM file of the matching public key that verifies them",
                    "mp.jwt.verify.publickey.location",
                    "mp.jwt.verify.publickey"),
            new Requirement(
                    "NEWSDESK_SECRET: at least 32 random characters (openssl rand -base64 48) that key the"
                            + " unsubscribe links and the fingerprints kept of readers; keep it stable",
                    "newsdesk.secret"));

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        if (profiles.contains("dev") || profiles.contains("test") || isBuildTime()) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        for (Requirement requirement : PRODUCTION) {
            if (!anySet(context, requirement.keys())) {
                missing.add(requirement.message());
            }
        }
        if (!missing.isEmpty()) {
            String message =
                    "Newsdesk cannot start; set these environment variables:\n  - " + String.join("\n  - ", missing);
            // Logging is not set up this early; stderr keeps the message first and readable.
            System.err.println("ERROR " + message);
            throw new IllegalStateException(message);
        }
        return List.of();
    }

    /**
     * The Quarkus build reads configuration too, and packaging must not need a database or keys.
     * Only a running application has an execution mode.
     */
    private static boolean isBuildTime() {
        return ExecutionMode.current() == ExecutionMode.UNSET;
    }

    private static boolean anySet(ConfigSourceContext context, String... keys) {
        for (String key : keys) {
            ConfigValue value = context.getValue(key);
            if (value != null && value.getValue() != null && !value.getValue().isBlank()) {
                return true;
            }
        }
        return false;
    }
}
