/** What the suites share: the peers and their pools, driver settings, the heap profiler. */
@NullMarked
package dev.quicksilver.benchmarks.support;

import org.jspecify.annotations.NullMarked;
