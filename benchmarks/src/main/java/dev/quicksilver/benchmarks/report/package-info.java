/**
 * The one command: runs the suites through JMH's runner (a quick or a full profile) and writes
 * {@code benchmarks/RESULTS.md}, a table per workload with Quicksilver's ratio to each baseline and every target
 * marked met or missed.
 */
@NullMarked
package dev.quicksilver.benchmarks.report;

import org.jspecify.annotations.NullMarked;
