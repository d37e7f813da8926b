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

    /** H2 in memory, always available. */
    static DialectTarget h2() {
        return H2Target.INSTANCE;
    }

    /** PostgreSQL, found by {@link TestPostgres}; skips or fails the test when there is none. */
    static DialectTarget postgres() {
        return PostgresTarget.INSTANCE;
    }
}
