package com.newsdesk.common.db;

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
 * </ul>
 *
 * <p>Production without a URL is refused by {@link com.newsdesk.common.config.RequiredSettings}.
 *
 * <p>This class is loaded in production too, where the embedded PostgreSQL jars are not
 * shipped: it must only reach {@link EmbeddedDatabase} on the dev/test path.
 */
public class DatasourceConfigSourceFactory implements ConfigSourceFactory {

    static final String URL_KEY = "quarkus.datasource.jdbc.url";
    static final String EMBEDDED_KEY = "newsdesk.devdb.embedded";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context.getValue(URL_KEY))) {
            return List.of();
        }
        List<String> profiles = context.getProfiles();
        String devProfile = profiles.contains("test") ? "test" : profiles.contains("dev") ? "dev" : null;
        if (devProfile == null) {
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

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
