package dev.quicksilver.mapping.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.mapping.kit.ChinookSchemaTestKit;

class H2ChinookSchemaIT extends ChinookSchemaTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }

    /** H2 2.x: indexes a constraint created for itself are marked IS_GENERATED. */
    @Override
    protected String indexCatalogQuery() {
        return "SELECT i.TABLE_NAME, i.INDEX_NAME, c.COLUMN_NAME, c.ORDINAL_POSITION,"
                + " i.INDEX_TYPE_NAME = 'UNIQUE INDEX'"
                + " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c"
                + " ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME"
                + " WHERE i.TABLE_SCHEMA = CURRENT_SCHEMA AND NOT i.IS_GENERATED";
    }
}
