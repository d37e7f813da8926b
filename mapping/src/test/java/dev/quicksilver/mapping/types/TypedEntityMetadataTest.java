package dev.quicksilver.mapping.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.dialect.ColumnType.SqlKind;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.annotation.EnumStorage;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored types of the round-trip entities: what the driver is asked to write and read. */
class TypedEntityMetadataTest {

    @Test
    void primitivePropertiesAreStoredAsTheirWrappers() {
        for (Class<?> type : List.of(TypedRecord.class, TypedBean.class)) {
            EntityMetadata<?> metadata = MappingContext.standard().entity(type);
            assertThat(metadata.columns()).noneMatch(column -> column.storedType().isPrimitive());
            assertThat(metadata.column("big").orElseThrow().storedType()).isEqualTo(Long.class);
            assertThat(metadata.column("flag").orElseThrow().storedType()).isEqualTo(Boolean.class);
            assertThat(metadata.column("real").orElseThrow().storedType()).isEqualTo(Float.class);
        }
    }

    @Test
    void everySupportedKindIsCovered() {
        for (Class<?> type : List.of(TypedRecord.class, TypedBean.class)) {
            EntityMetadata<?> metadata = MappingContext.standard().entity(type);
            assertThat(metadata.columns()).hasSize(28);
            assertThat(metadata.columns().stream().map(column -> column.columnType().kind()).distinct())
                    .containsExactlyInAnyOrder(SqlKind.BIGINT, SqlKind.BOOLEAN, SqlKind.SMALLINT, SqlKind.INTEGER,
                            SqlKind.REAL, SqlKind.DOUBLE, SqlKind.DECIMAL, SqlKind.VARCHAR, SqlKind.TEXT, SqlKind.UUID,
                            SqlKind.DATE, SqlKind.TIME, SqlKind.TIMESTAMP, SqlKind.TIMESTAMP_WITH_TIME_ZONE,
                            SqlKind.BINARY, SqlKind.JSON);
            assertThat(metadata.column("mood_text").orElseThrow().enumStorage()).isEqualTo(EnumStorage.TEXT);
            ColumnMetadata ordinal = metadata.column("mood_ordinal").orElseThrow();
            assertThat(ordinal.enumStorage()).isEqualTo(EnumStorage.ORDINAL);
            assertThat(ordinal.storedType()).isEqualTo(Integer.class);
            assertThat(metadata.column("duration").orElseThrow().converter()).isInstanceOf(DurationConverter.class);
            assertThat(metadata.column("document").orElseThrow().json()).isTrue();
        }
    }
}
