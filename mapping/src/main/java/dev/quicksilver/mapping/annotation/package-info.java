/**
 * The annotations that declare entities: a class or record annotated {@link Table} maps to a table,
 * its fields or record components to columns, keys, constraints and relationships. Everything has a
 * default, so a plain {@code @Table record Genre(@Id int genreId, String name)} is a complete entity.
 */
@NullMarked
package dev.quicksilver.mapping.annotation;

import org.jspecify.annotations.NullMarked;
