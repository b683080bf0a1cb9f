package com.newsdesk.common.db;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Decides where the datasource points, early enough that Flyway and Hibernate never see a
 * missing URL.
 *
 * <ul>
 *   <li>An explicit {@code quarkus.datasource.jdbc.url} (for example {@code
 *       QUARKUS_DATASOURCE_JDBC_URL}) always wins, in every profile.
 *   <li>In the {@code dev} and {@code test} profiles without one, an embedded PostgreSQL is
 *       started (once per JVM) and the datasource points at a database of that profile's own.
 *   <li>In any other profile (production) without one, start-up stops with a message that
 *       names the environment variable to set.
 * </ul>
 *
 * <p>This class is loaded in production too, where the embedded PostgreSQL jars are not
 * shipped: it must only reach {@link EmbeddedDatabase} on the dev/test path.
 */
public class DatasourceConfigSourceFactory implements ConfigSourceFactory {

    static final String URL_KEY = "quarkus.datasource.jdbc.url";
    static final String EMBEDDED_KEY = "newsdesk.devdb.embedded";
    static final String MISSING_URL_MESSAGE = "No database configured. Set QUARKUS_DATASOURCE_JDBC_URL to the"
            + " JDBC URL of a PostgreSQL 15+ database (for example"
            + " jdbc:postgresql://db.example.org:5432/newsdesk), and QUARKUS_DATASOURCE_USERNAME /"
            + " QUARKUS_DATASOURCE_PASSWORD if the server asks for them.";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context.getValue(URL_KEY))) {
            return List.of();
        }
        List<String> profiles = context.getProfiles();
        String devProfile = profiles.contains("test") ? "test" : profiles.contains("dev") ? "dev" : null;
        if (devProfile == null) {
            if (!isBuildTime()) {
                // Logging is not set up this early; stderr keeps the message first and readable.
                System.err.println("ERROR Newsdesk cannot start: " + MISSING_URL_MESSAGE);
                throw new IllegalStateException(MISSING_URL_MESSAGE);
            }
            return List.of();
        }
        ConfigValue embedded = context.getValue(EMBEDDED_KEY);
        if (isSet(embedded) && "false".equalsIgnoreCase(embedded.getValue().trim())) {
            return List.of();
        }
        Map<String, String> datasource = EmbeddedDatabase.datasourceFor(devProfile);
        return List.of(new PropertiesConfigSource(datasource, "newsdesk-embedded-postgres", 275));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(275);
    }

    /**
     * The Quarkus build reads configuration too, and packaging must not need a database. Only a
     * running application has an execution mode.
     */
    private static boolean isBuildTime() {
        return ExecutionMode.current() == ExecutionMode.UNSET;
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
