/** Streaming a million rows through Quicksilver and its baselines: throughput and the heap held. */
@NullMarked
package dev.quicksilver.benchmarks.streaming;

import org.jspecify.annotations.NullMarked;
