/**
 * Declarative mapping: entity annotations, metadata, naming, type conversion and the metamodel.
 * Empty until the mapping issue fills it.
 */
@NullMarked
package dev.quicksilver.mapping;

import org.jspecify.annotations.NullMarked;
