package dev.quicksilver.core.testkit;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;

/**
 * A database kind the test kits run against, able to hand each test a database of its own.
 */
public interface DialectTarget {

    /** The dialect's name, e.g. {@code PostgreSQL}. */
    String name();

    /**
     * Creates an isolated database (a fresh H2 in-memory database, or a fresh PostgreSQL schema)
     * and a {@link Database} on it.
     *
     * @param options options for the database
     * @return the database and how to remove it
     */
    IsolatedDatabase create(DatabaseOptions options);

    /**
     * A query generating the numbers 1 to {@code rows} as BIGINT (read as {@code Long}) in one column, with no table.
     *
     * @param rows how many rows
     * @return the SQL
     */
    String generateRows(int rows);

    /** A statement that runs for about one to two seconds on this database. */
    String slowQuery();

    /** H2 in memory, always available. */
    static DialectTarget h2() {
        return H2Target.INSTANCE;
    }

    /** PostgreSQL, found by {@link TestPostgres}; skips or fails the test when there is none. */
    static DialectTarget postgres() {
        return PostgresTarget.INSTANCE;
    }
}
