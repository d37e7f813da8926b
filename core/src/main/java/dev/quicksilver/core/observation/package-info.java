/**
 * Watching statements as they run: the {@link dev.quicksilver.core.observation.StatementListener}
 * SPI that a {@code Database} calls for every statement, and the
 * {@link dev.quicksilver.core.observation.StatementRecorder} that counts and captures them (the
 * N+1 guard in tests, and a per-request statement budget in production).
 */
@NullMarked
package dev.quicksilver.core.observation;

import org.jspecify.annotations.NullMarked;
