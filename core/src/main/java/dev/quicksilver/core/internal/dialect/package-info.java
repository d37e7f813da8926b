/**
 * The built-in dialects: one parameterised implementation, configured per database.
 */
@NullMarked
package dev.quicksilver.core.internal.dialect;

import org.jspecify.annotations.NullMarked;
