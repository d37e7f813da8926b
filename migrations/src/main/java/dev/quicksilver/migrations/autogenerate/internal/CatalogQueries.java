package dev.quicksilver.migrations.autogenerate.internal;

import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.migrations.autogenerate.AutogenerateException;

/**
 * The catalog queries of one kind of database. Each returns rows of one shape shared by every
 * dialect, so that one {@link CatalogAssembler} builds the catalog, and takes the schema as the named
 * parameter {@code :schema}:
 * <ul>
 *   <li>tables: (table)</li>
 *   <li>columns: (table, column, position, type name, length, precision, scale, nullable, default,
 *       identity) — when length, precision and scale are all NULL the type name is parsed for its sizes
 *       ({@code character varying(20)}), as PostgreSQL's {@code format_type} writes it</li>
 *   <li>keys: (table, constraint, {@code PRIMARY KEY} | {@code UNIQUE}, column, position)</li>
 *   <li>foreign keys: (table, constraint, column, position, referenced table, referenced column, delete rule)</li>
 *   <li>indexes backing no constraint: (table, index, column, position, unique)</li>
 *   <li>checks: (table, constraint, condition)</li>
 *   <li>sequences not behind identity columns: (sequence)</li>
 *   <li>enum types: (type, label, position)</li>
 * </ul>
 */
record CatalogQueries(String tables, String columns, String keys, String foreignKeys, String indexes,
                      String checks, String sequences, String enumTypes) {

    /** The connection's current schema: standard SQL, the same on both databases. */
    static final String CURRENT_SCHEMA = "SELECT CURRENT_SCHEMA";

    /** Whether a schema exists: standard {@code information_schema}, the same on both databases. */
    static final String SCHEMA_EXISTS = "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = :schema";

    private static final CatalogQueries POSTGRES = new CatalogQueries(
            "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = :schema AND c.relkind IN ('r', 'p')",
            "SELECT c.relname::text, a.attname::text, a.attnum::int, format_type(a.atttypid, a.atttypmod),"
                    + " NULL::int, NULL::int, NULL::int, NOT a.attnotnull, pg_get_expr(d.adbin, d.adrelid),"
                    + " a.attidentity IN ('a', 'd')"
                    + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                    + " WHERE n.nspname = :schema AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped",
            "SELECT t.relname::text, con.conname::text,"
                    + " CASE con.contype WHEN 'p' THEN 'PRIMARY KEY' ELSE 'UNIQUE' END, a.attname::text, k.ord::int"
                    + " FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid"
                    + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                    + " CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)"
                    + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum"
                    + " WHERE n.nspname = :schema AND con.contype IN ('p', 'u')",
            "SELECT t.relname::text, con.conname::text, a.attname::text, k.ord::int, rt.relname::text,"
                    + " ra.attname::text, CASE con.confdeltype WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE'"
                    + " WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' ELSE 'NO ACTION' END"
                    + " FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid"
                    + " JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_class rt ON rt.oid = con.confrelid"
                    + " CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, refnum, ord)"
                    + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum"
                    + " JOIN pg_attribute ra ON ra.attrelid = rt.oid AND ra.attnum = k.refnum"
                    + " WHERE n.nspname = :schema AND con.contype = 'f'",
            "SELECT t.relname::text, ic.relname::text, a.attname::text, k.ord::int, ix.indisunique"
                    + " FROM pg_index ix JOIN pg_class ic ON ic.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid"
                    + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                    + " CROSS JOIN LATERAL unnest(ix.indkey::smallint[]) WITH ORDINALITY AS k(attnum, ord)"
                    + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum"
                    + " WHERE n.nspname = :schema AND NOT EXISTS (SELECT 1 FROM pg_constraint c"
                    + " WHERE c.conindid = ix.indexrelid AND c.conrelid = ix.indrelid AND c.contype IN ('p', 'u', 'x'))",
            "SELECT t.relname::text, con.conname::text, pg_get_constraintdef(con.oid)"
                    + " FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid"
                    + " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = :schema AND con.contype = 'c'",
            // an identity column's sequence depends on it internally ('i')
            "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = :schema AND c.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_depend d"
                    + " WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i')",
            "SELECT t.typname::text, e.enumlabel::text, e.enumsortorder::float8"
                    + " FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace"
                    + " WHERE n.nspname = :schema");

    /**
     * How many columns an H2 constraint has: {@code KEY_COLUMN_USAGE} counts them right, but H2 2.4 keeps a
     * column's old name there after {@code ALTER TABLE … RENAME COLUMN}, so the names are read from the
     * constraint's index, whose first columns are the constraint's (an index shared with a foreign key
     * may have more).
     */
    private static final String H2_KEY_SIZE = "(SELECT COUNT(*) FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE k"
            + " WHERE k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME)";

    /**
     * H2 2.x. Lengths of 1,000,000,000 (H2's maximum, what an unsized VARCHAR, VARBINARY or JSON gets)
     * read as unsized; precision is kept for NUMERIC and time types only; indexes a constraint created
     * for itself are marked IS_GENERATED.
     */
    private static final CatalogQueries H2 = new CatalogQueries(
            "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = :schema AND TABLE_TYPE = 'BASE TABLE'",
            "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE,"
                    + " CASE WHEN CHARACTER_MAXIMUM_LENGTH < 1000000000 THEN CHARACTER_MAXIMUM_LENGTH END,"
                    + " CASE WHEN DATA_TYPE IN ('NUMERIC', 'DECIMAL') THEN NUMERIC_PRECISION"
                    + " WHEN DATA_TYPE LIKE 'TIME%' THEN DATETIME_PRECISION END,"
                    + " CASE WHEN DATA_TYPE IN ('NUMERIC', 'DECIMAL') THEN NUMERIC_SCALE END,"
                    + " IS_NULLABLE = 'YES', COLUMN_DEFAULT, IS_IDENTITY = 'YES'"
                    + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = :schema",
            "SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, ic.COLUMN_NAME, ic.ORDINAL_POSITION"
                    + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic"
                    + " ON ic.INDEX_SCHEMA = tc.INDEX_SCHEMA AND ic.INDEX_NAME = tc.INDEX_NAME"
                    + " WHERE tc.TABLE_SCHEMA = :schema AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE')"
                    + " AND ic.ORDINAL_POSITION <= " + H2_KEY_SIZE,
            "SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, ic.COLUMN_NAME, ic.ORDINAL_POSITION, rtc.TABLE_NAME,"
                    + " ric.COLUMN_NAME, rc.DELETE_RULE"
                    + " FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc"
                    + " JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc ON tc.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA"
                    + " AND tc.CONSTRAINT_NAME = rc.CONSTRAINT_NAME"
                    + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic ON ic.INDEX_SCHEMA = tc.INDEX_SCHEMA"
                    + " AND ic.INDEX_NAME = tc.INDEX_NAME"
                    + " JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS rtc ON rtc.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA"
                    + " AND rtc.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME"
                    + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ric ON ric.INDEX_SCHEMA = rtc.INDEX_SCHEMA"
                    + " AND ric.INDEX_NAME = rtc.INDEX_NAME AND ric.ORDINAL_POSITION = ic.ORDINAL_POSITION"
                    + " WHERE rc.CONSTRAINT_SCHEMA = :schema AND ic.ORDINAL_POSITION <= " + H2_KEY_SIZE,
            "SELECT i.TABLE_NAME, i.INDEX_NAME, c.COLUMN_NAME, c.ORDINAL_POSITION, i.INDEX_TYPE_NAME = 'UNIQUE INDEX'"
                    + " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c"
                    + " ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME"
                    + " WHERE i.TABLE_SCHEMA = :schema AND NOT i.IS_GENERATED",
            "SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE"
                    + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc"
                    + " ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                    + " WHERE tc.TABLE_SCHEMA = :schema AND tc.CONSTRAINT_TYPE = 'CHECK'",
            "SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = :schema",
            // no named enum types in Quicksilver's H2 dialect (native enums are text there)
            "SELECT SCHEMA_NAME, SCHEMA_NAME, 0 FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = :schema AND 1 = 0");

    /**
     * The queries for a dialect.
     *
     * @param dialect the database's dialect
     * @return its queries
     * @throws AutogenerateException when Quicksilver has no catalog queries for it
     */
    static CatalogQueries forDialect(Dialect dialect) {
        return switch (dialect.name()) {
            case "PostgreSQL" -> POSTGRES;
            case "H2" -> H2;
            default -> throw new AutogenerateException("Autogenerate cannot read the schema of a " + dialect.name()
                    + " database: it knows the catalogs of PostgreSQL and H2 only.");
        };
    }
}
