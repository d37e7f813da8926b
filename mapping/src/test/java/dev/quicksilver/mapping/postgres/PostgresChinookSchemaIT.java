package dev.quicksilver.mapping.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.mapping.kit.ChinookSchemaTestKit;

class PostgresChinookSchemaIT extends ChinookSchemaTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }

    /** pg_index with its columns, leaving out the indexes of primary-key, unique and exclusion constraints. */
    @Override
    protected String indexCatalogQuery() {
        return "SELECT t.relname::text, ic.relname::text, a.attname::text, k.ord, ix.indisunique"
                + " FROM pg_index ix JOIN pg_class ic ON ic.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid"
                + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " CROSS JOIN LATERAL unnest(ix.indkey::smallint[]) WITH ORDINALITY AS k(attnum, ord)"
                + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum"
                + " WHERE n.nspname = CURRENT_SCHEMA AND NOT EXISTS (SELECT 1 FROM pg_constraint c"
                + " WHERE c.conindid = ix.indexrelid AND c.conrelid = ix.indrelid AND c.contype IN ('p', 'u', 'x'))";
    }
}
