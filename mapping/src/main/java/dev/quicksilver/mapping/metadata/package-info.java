/**
 * Entity metadata: immutable descriptions of tables, columns, keys, constraints, indexes and
 * relationships, built once per entity type by a {@code MappingContext} and shared.
 */
@NullMarked
package dev.quicksilver.mapping.metadata;

import org.jspecify.annotations.NullMarked;
