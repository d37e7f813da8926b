package dev.quicksilver.mapping.model;

import dev.quicksilver.mapping.MappingException;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;

/** A column reference by property path. */
record PropertyColumn<E, T>(EntityModel<E> entity, String propertyPath, Class<?> javaType) implements Column<E, T> {

    @Override
    public ColumnMetadata resolve(EntityMetadata<?> metadata) {
        References.checkEntity(entity, metadata);
        ColumnMetadata column = metadata.columnOfProperty(propertyPath).or(() -> foreignKeyOnly(metadata))
                .orElseThrow(() -> References.unknown(metadata, propertyPath, "column property",
                        metadata.columns().stream().map(ColumnMetadata::propertyPath).distinct().toList()));
        Class<?> actual = References.boxed(column.javaType());
        if (javaType != Object.class && !javaType.equals(actual)) {
            throw new MappingException(metadata.type(), propertyPath, "the reference says " + javaType.getName()
                    + " but the property is a " + actual.getName() + ". Regenerate the metamodel, or fix the type"
                    + " passed to EntityModel.column(…).");
        }
        return column;
    }

    /**
     * The foreign-key column a to-one relationship property contributes when it has no column property of
     * its own ({@code album.artist} → {@code artist_id}): a reference by the relationship's name means it.
     * Only for a single-column key.
     */
    private java.util.Optional<ColumnMetadata> foreignKeyOnly(EntityMetadata<?> metadata) {
        java.util.List<ColumnMetadata> keys = metadata.columns().stream()
                .filter(column -> propertyPath.equals(column.foreignKeyOf()) && propertyPath.equals(column.propertyPath()))
                .toList();
        return keys.size() == 1 ? java.util.Optional.of(keys.get(0)) : java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return entity + "." + propertyPath;
    }
}
