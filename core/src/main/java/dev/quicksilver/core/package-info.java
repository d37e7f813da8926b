/**
 * Quicksilver's core: {@link dev.quicksilver.core.Database} (a connection factory, a pool and a
 * dialect), SQL execution with named parameters, rows read by index, reactive transactions bound
 * to the Reactor Context, and the retry helper for transient failures.
 */
@NullMarked
package dev.quicksilver.core;

import org.jspecify.annotations.NullMarked;
