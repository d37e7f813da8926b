package dev.quicksilver.mapping.processor;

import javax.lang.model.element.Element;

/**
 * One reference the generated class holds.
 *
 * @param path the property path, dotted through embedded values
 * @param constant the generated field's name ({@code UNIT_PRICE})
 * @param kind column, to-one or to-many
 * @param typeName the source text of the value type (column) or related entity (relationship)
 * @param rawTypeName the source text of the type's class literal, without type arguments
 * @param generic whether {@code typeName} has type arguments (a parameterised column type)
 * @param element the field or record component, for messages
 */
record MetaProperty(String path, String constant, Kind kind, String typeName, String rawTypeName, boolean generic,
                    Element element) {

    /** What the reference refers to. */
    enum Kind {
        /** A column property. */
        COLUMN,
        /** A many-to-one or one-to-one relationship. */
        TO_ONE,
        /** A one-to-many or many-to-many relationship. */
        TO_MANY
    }
}
