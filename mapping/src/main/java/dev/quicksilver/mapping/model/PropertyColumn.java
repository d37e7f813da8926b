package dev.quicksilver.mapping.model;

import dev.quicksilver.mapping.MappingException;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;

/** A column reference by property path. */
record PropertyColumn<E, T>(EntityModel<E> entity, String propertyPath, Class<?> javaType) implements Column<E, T> {

    @Override
    public ColumnMetadata resolve(EntityMetadata<?> metadata) {
        References.checkEntity(entity, metadata);
        ColumnMetadata column = metadata.columnOfProperty(propertyPath).orElseThrow(() -> References.unknown(metadata,
                propertyPath, "column property", metadata.columns().stream().map(ColumnMetadata::propertyPath).toList()));
        Class<?> actual = References.boxed(column.javaType());
        if (javaType != Object.class && !javaType.equals(actual)) {
            throw new MappingException(metadata.type(), propertyPath, "the reference says " + javaType.getName()
                    + " but the property is a " + actual.getName() + ". Regenerate the metamodel, or fix the type"
                    + " passed to EntityModel.column(…).");
        }
        return column;
    }

    @Override
    public String toString() {
        return entity + "." + propertyPath;
    }
}
