/**
 * The compile-time metamodel generator: for every {@code @Table} class or record it writes a class of
 * typed column and relationship references ({@code Track_} for {@code Track}) built on
 * {@code dev.quicksilver.mapping.model}. Add {@code quicksilver-mapping-processor} to the compiler's
 * {@code annotationProcessorPaths}.
 */
@NullMarked
package dev.quicksilver.mapping.processor;

import org.jspecify.annotations.NullMarked;
