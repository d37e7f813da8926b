package dev.quicksilver.benchmarks.query;

import dev.quicksilver.core.Database;

/**
 * The table of {@link BenchTrack} ({@code quicksilver_bench.bench_track}), generated in the database by
 * one {@code INSERT … SELECT} over a number series: track {@code i} lasts {@link #MILLISECONDS_BASE} + i
 * ms, a third have no composer and one in 25 no genre. Indexed on {@code milliseconds}.
 */
public final class TrackTable {

    /** Track {@code i} lasts this many milliseconds plus {@code i}. */
    public static final int MILLISECONDS_BASE = 200_000;
    /** The table, quoted (lower case) as Quicksilver quotes it, so H2 finds it too. */
    public static final String TABLE = "\"quicksilver_bench\".\"bench_track\"";

    private TrackTable() {
    }

    /**
     * Creates the schema and the table and fills it; blocks (set-up only).
     *
     * @param db the database
     * @param rows how many tracks
     */
    public static void create(Database db, int rows) {
        boolean postgres = db.dialect().name().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        run(db, "CREATE SCHEMA IF NOT EXISTS \"quicksilver_bench\"");
        run(db, "DROP TABLE IF EXISTS " + TABLE);
        run(db, "CREATE TABLE " + TABLE + " (\"track_id\" INTEGER PRIMARY KEY, \"name\" VARCHAR(200) NOT NULL,"
                + " \"album_id\" INTEGER, \"media_type_id\" INTEGER NOT NULL, \"genre_id\" INTEGER,"
                + " \"composer\" VARCHAR(220), \"milliseconds\" INTEGER NOT NULL, \"bytes\" INTEGER,"
                + " \"unit_price\" NUMERIC(10, 2) NOT NULL)");
        String series = postgres ? "generate_series(1, " + rows + ") AS s(x)" : "SYSTEM_RANGE(1, " + rows + ") AS s(x)";
        run(db, "INSERT INTO " + TABLE + " SELECT x, CONCAT('Track ', x), 1 + MOD(x, 347), 1 + MOD(x, 5),"
                + " CASE WHEN MOD(x, 25) = 0 THEN NULL ELSE 1 + MOD(x, 25) END,"
                + " CASE WHEN MOD(x, 3) = 0 THEN NULL ELSE CONCAT('Composer ', x) END,"
                + " " + MILLISECONDS_BASE + " + x, 6000000 + x, 0.99 FROM " + series);
        run(db, "CREATE INDEX \"bench_track_milliseconds\" ON " + TABLE + " (\"milliseconds\")");
        run(db, (postgres ? "ANALYZE " : "ANALYZE TABLE ") + TABLE);
    }

    /**
     * Drops the table and its schema; blocks (tear-down only).
     *
     * @param db the database
     */
    public static void drop(Database db) {
        run(db, "DROP TABLE IF EXISTS " + TABLE);
        run(db, "DROP SCHEMA IF EXISTS \"quicksilver_bench\"");
    }

    private static void run(Database db, String sql) {
        db.sql(sql).rowsUpdated().block();
    }
}
