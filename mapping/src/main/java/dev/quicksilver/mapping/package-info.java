/**
 * Declarative mapping: entity metadata read from the annotations in
 * {@link dev.quicksilver.mapping.annotation}, the naming strategy, the Java-to-column type registry
 * with user converters, and the relationship holders {@link dev.quicksilver.mapping.Ref} and
 * {@link dev.quicksilver.mapping.RefList}, which never pretend an unloaded relationship is empty.
 */
@NullMarked
package dev.quicksilver.mapping;

import org.jspecify.annotations.NullMarked;
