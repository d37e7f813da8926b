package dev.quicksilver.core.testkit;

import dev.quicksilver.core.Database;

/**
 * A database created for one test.
 *
 * @param database the database, pooled as the options said
 * @param url an R2DBC URL that reaches the same isolated database (for second databases or forked JVMs)
 * @param cleanup removes the isolated database after the database was closed
 */
public record IsolatedDatabase(Database database, String url, Runnable cleanup) {

    /** Closes the database and removes what was created for it. */
    public void dispose() {
        try {
            database.close().block();
        } finally {
            cleanup.run();
        }
    }
}
