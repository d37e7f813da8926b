package dev.quicksilver.query.internal;

import dev.quicksilver.core.ResultRow;
import dev.quicksilver.core.ResultShape;
import dev.quicksilver.core.RowMapper;
import dev.quicksilver.core.RowMapperFactory;
import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.RefList;
import dev.quicksilver.mapping.metadata.ColumnCodec;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityAccessor;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.JoinColumnMetadata;
import dev.quicksilver.mapping.metadata.RelationshipMetadata;
import dev.quicksilver.query.ResultMappingException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads entities from rows whose columns, from {@code firstColumn} on, are the entity's columns in
 * metadata order (as {@link SelectRenderer} writes them). Resolved once per result shape: stored
 * types, codecs and the positions of each to-one relationship's key columns. Per row it reads each
 * column by index into a buffer reused for the whole result and builds the entity; an owning to-one
 * relationship becomes an unloaded {@link Ref} carrying its key ({@link Ref#none()} when the key is
 * NULL), a to-many one an unloaded {@link RefList}. Nothing else is allocated per row.
 */
final class EntityRows<E> implements RowMapperFactory<E> {

    private final EntityMetadata<E> metadata;
    /** The first column's position, or -1 when columns are found by name in each result shape. */
    private final int firstColumn;
    private final Class<?>[] storedTypes;
    private final ColumnCodec[] codecs;
    /** Per relationship: the column positions of its key, or an empty array (to-many, inverse to-one). */
    private final int[][] keyColumns;

    EntityRows(EntityMetadata<E> metadata, int firstColumn) {
        this.metadata = metadata;
        this.firstColumn = firstColumn;
        List<ColumnMetadata> columns = metadata.columns();
        storedTypes = new Class<?>[columns.size()];
        codecs = new ColumnCodec[columns.size()];
        for (ColumnMetadata column : columns) {
            storedTypes[column.propertyIndex()] = column.storedType();
            ColumnCodec codec = ColumnCodec.of(column);
            codecs[column.propertyIndex()] = codec.isIdentity() ? null : codec;
        }
        keyColumns = new int[metadata.relationships().size()][];
        for (RelationshipMetadata relationship : metadata.relationships()) {
            List<Integer> positions = new ArrayList<>();
            if (relationship.kind().isToOne() && relationship.isOwning()) {
                for (JoinColumnMetadata join : relationship.joinColumns()) {
                    positions.add(metadata.column(join.column()).orElseThrow().propertyIndex());
                }
            }
            keyColumns[relationship.propertyIndex()] = positions.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * Reads entities from rows whose columns are found by name, in any order and among other columns
     * (raw SQL): each column's position is looked up once per result shape.
     */
    static <E> EntityRows<E> byName(EntityMetadata<E> metadata) {
        return new EntityRows<>(metadata, -1);
    }

    /** The entity read. */
    EntityMetadata<E> metadata() {
        return metadata;
    }

    /** How many columns the entity takes in a row. */
    int width() {
        return storedTypes.length;
    }

    @Override
    public RowMapper<E> forShape(ResultShape shape) {
        int[] positions = new int[storedTypes.length];
        if (firstColumn >= 0) {
            if (shape.size() < firstColumn + storedTypes.length) {
                throw new IllegalStateException("A row of " + shape + " has too few columns for "
                        + metadata.type().getName() + " at column " + firstColumn);
            }
            for (int i = 0; i < positions.length; i++) {
                positions[i] = firstColumn + i;
            }
            return new Mapper(positions);
        }
        for (ColumnMetadata column : metadata.columns()) {
            int position = shape.indexOf(column.name());
            if (position < 0) {
                throw new ResultMappingException("The result has no column \"" + column.name() + "\" for "
                        + metadata.type().getSimpleName() + "." + column.propertyPath() + " (it has "
                        + shape.columnNames() + "). Select every column of the entity, or alias one with AS \""
                        + column.name() + "\"; to read only some columns, map the rows to a record.");
            }
            positions[column.propertyIndex()] = position;
        }
        return new Mapper(positions);
    }

    /** Maps the rows of one result, reusing its buffers. */
    private final class Mapper implements RowMapper<E> {

        private final int[] positions;

        private final @Nullable Object[] values = new Object[storedTypes.length];
        private final Object[] relationships = new Object[keyColumns.length];
        private final EntityAccessor<E> accessor = metadata.accessor();

        Mapper(int[] positions) {
            this.positions = positions;
        }

        @Override
        public E map(ResultRow row) {
            for (int i = 0; i < values.length; i++) {
                Object stored = row.get(positions[i], storedTypes[i]);
                ColumnCodec codec = codecs[i];
                values[i] = stored == null || codec == null ? stored : codec.fromStored(stored);
            }
            for (int r = 0; r < relationships.length; r++) {
                relationships[r] = relationship(r);
            }
            return accessor.instantiate(values, relationships);
        }

        private Object relationship(int index) {
            int[] key = keyColumns[index];
            if (key.length == 0) {
                return metadata.relationships().get(index).kind().isToOne() ? Ref.unloaded() : RefList.unloaded();
            }
            if (key.length == 1) {
                Object value = values[key[0]];
                return value == null ? Ref.none() : Ref.toKey(value);
            }
            List<@Nullable Object> composite = new ArrayList<>(key.length);
            for (int position : key) {
                if (values[position] == null) {
                    return Ref.none();
                }
                composite.add(values[position]);
            }
            return Ref.toKey(List.copyOf(composite));
        }
    }
}
