/**
 * Quicksilver's unchecked exception hierarchy. Every database error reaches user code as one of
 * these, as an error signal in a {@code Mono} or {@code Flux}; each keeps the SQLSTATE, the
 * statement and, where the database reports one, the constraint or column that failed.
 */
@NullMarked
package dev.quicksilver.core.exception;

import org.jspecify.annotations.NullMarked;
