package com.newsdesk.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The embedded PostgreSQL of the dev and test profiles: one server per JVM, one database per
 * profile on it (dev mode's continuous testing runs in the same JVM as dev mode itself, and the
 * two must not share data).
 *
 * <p>The port is kept in a system property because dev-mode live reload builds a new class
 * loader, and so a fresh copy of this class, in the same JVM: the server must survive that.
 */
final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String PORT_PROPERTY = "newsdesk.devdb.port";

    private EmbeddedDatabase() {}

    static synchronized Map<String, String> datasourceFor(String profile) {
        String port = System.getProperty(PORT_PROPERTY);
        if (port == null) {
            port = String.valueOf(start());
            System.setProperty(PORT_PROPERTY, port);
        }
        String database = "newsdesk_" + profile;
        createDatabaseIfMissing(Integer.parseInt(port), database);
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + "/" + database,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    private static int start() {
        long started = System.nanoTime();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(WrappedBinaryResolver.INSTANCE)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Throw-away data: durability buys nothing here and costs seconds.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "100")
                    // initdb's and the server's chatter would fill the dev log; errors still show.
                    .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                    .start();
            LOG.infof(
                    "Embedded PostgreSQL started on 127.0.0.1:%d in %d ms (dev/test only; set"
                            + " QUARKUS_DATASOURCE_JDBC_URL to use another server)",
                    postgres.getPort(), (System.nanoTime() - started) / 1_000_000);
            return postgres.getPort();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "Could not start the embedded PostgreSQL for the dev/test profile. Set"
                            + " QUARKUS_DATASOURCE_JDBC_URL to use an existing server instead. Cause: "
                            + e.getMessage(),
                    e);
        }
    }

    private static void createDatabaseIfMissing(int port, String database) {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection connection = new org.postgresql.Driver().connect(url, credentials())) {
            try (PreparedStatement exists =
                    connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                // The name is ours ("newsdesk_" + profile), never user input.
                create.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) {
                return; // created meanwhile by a racing class loader
            }
            throw new IllegalStateException("Could not create database " + database + " on the embedded PostgreSQL", e);
        }
    }

    private static java.util.Properties credentials() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", "postgres");
        return properties;
    }
}
