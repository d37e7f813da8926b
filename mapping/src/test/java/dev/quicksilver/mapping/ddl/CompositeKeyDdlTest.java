package dev.quicksilver.mapping.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.core.dialect.Dialects;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.annotation.GenerationStrategy;
import dev.quicksilver.mapping.ddl.CompositeKeySamples.PurchaseLine;
import dev.quicksilver.mapping.ddl.CompositeKeySamples.Shipment;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.ForeignKeyMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Composite primary keys and foreign keys over them, in metadata and DDL. */
class CompositeKeyDdlTest {

    private final MappingContext mapping = MappingContext.standard();

    static List<Dialect> dialects() {
        return List.of(Dialects.postgres(), Dialects.h2());
    }

    @Test
    void severalIdPropertiesFormTheKeyInDeclarationOrder() {
        EntityMetadata<PurchaseLine> line = mapping.entity(PurchaseLine.class);
        assertThat(line.idColumns()).extracting(ColumnMetadata::name).containsExactly("purchase_id", "line_no");
        assertThat(line.idColumns()).extracting(ColumnMetadata::keyPosition).containsExactly(0, 1);
        assertThat(line.foreignKeys()).singleElement().satisfies(foreignKey -> {
            assertThat(foreignKey.columns()).containsExactly("purchase_id");
        });
        PurchaseLine built = line.accessor().instantiate(new Object[] {7L, 2, 3}, new Object[] {Ref.toKey(7L)});
        assertThat(built.purchaseId()).isEqualTo(7L);
        assertThat(built.lineNo()).isEqualTo(2);
    }

    @Test
    void aForeignKeyToACompositeKeyHasOneColumnPerKeyColumn() {
        EntityMetadata<Shipment> shipment = mapping.entity(Shipment.class);
        ForeignKeyMetadata foreignKey = shipment.foreignKeys().get(0);
        assertThat(foreignKey.columns()).containsExactly("line_purchase_id", "line_no");
        assertThat(foreignKey.referencedColumns()).containsExactly("purchase_id", "line_no");
        assertThat(shipment.idColumns().get(0).generated().strategy()).isEqualTo(GenerationStrategy.UUID);
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void theDdlDeclaresCompositeKeysAndForeignKeys(Dialect dialect) {
        List<String> ddl = SchemaDdl.of(mapping, dialect).create(CompositeKeySamples.ENTITIES);
        assertThat(ddl).anySatisfy(sql -> assertThat(sql).startsWith("CREATE TABLE \"purchase_line\"")
                .contains("CONSTRAINT \"purchase_line_pkey\" PRIMARY KEY (\"purchase_id\", \"line_no\")"));
        assertThat(ddl).contains("ALTER TABLE \"shipment\" ADD CONSTRAINT \"shipment_line_purchase_id_line_no_fkey\""
                + " FOREIGN KEY (\"line_purchase_id\", \"line_no\") REFERENCES \"purchase_line\" (\"purchase_id\","
                + " \"line_no\") ON DELETE SET NULL");
    }
}
