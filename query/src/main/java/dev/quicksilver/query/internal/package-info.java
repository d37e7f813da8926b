/**
 * The query engine's implementation: statement specs, SQL rendering with bound parameters, entity
 * row mapping resolved per result shape, and select-in relationship loading.
 */
@NullMarked
package dev.quicksilver.query.internal;

import org.jspecify.annotations.NullMarked;
