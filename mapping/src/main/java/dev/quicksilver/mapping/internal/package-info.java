/**
 * How entity metadata is read from annotations and how entities are read and built through method
 * handles. Not part of the public API.
 */
@NullMarked
package dev.quicksilver.mapping.internal;

import org.jspecify.annotations.NullMarked;
