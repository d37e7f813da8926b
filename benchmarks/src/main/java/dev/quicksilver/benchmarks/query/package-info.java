/**
 * Query benchmarks: Quicksilver's entity queries against hand-written raw R2DBC on the same pool.
 */
@NullMarked
package dev.quicksilver.benchmarks.query;

import org.jspecify.annotations.NullMarked;
