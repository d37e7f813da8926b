/**
 * JMH suites comparing Quicksilver with raw R2DBC, Spring Data R2DBC and JDBC. Built by the test
 * command, run on demand; the benchmarks issue fills it.
 */
@NullMarked
package dev.quicksilver.benchmarks;

import org.jspecify.annotations.NullMarked;
