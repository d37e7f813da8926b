/**
 * Mapping benchmarks: building entities from column values through Quicksilver's accessors versus
 * hand-written code.
 */
@NullMarked
package dev.quicksilver.benchmarks.mapping;

import org.jspecify.annotations.NullMarked;
