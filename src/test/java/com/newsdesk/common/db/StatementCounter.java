package com.newsdesk.common.db;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate sends that read or write rows (SELECT, INSERT, UPDATE,
 * DELETE, and WITH queries); SET and transaction control do not count. Test-only: it changes no
 * statement.
 */
@PersistenceUnitExtension
public class StatementCounter implements StatementInspector {

    private static final AtomicLong COUNT = new AtomicLong();

    public static void reset() {
        COUNT.set(0);
    }

    public static long count() {
        return COUNT.get();
    }

    @Override
    public String inspect(String sql) {
        String start = sql.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("select")
                || start.startsWith("with")
                || start.startsWith("insert")
                || start.startsWith("update")
                || start.startsWith("delete")) {
            COUNT.incrementAndGet();
        }
        return sql;
    }
}
