/** Loading a graph of Chinook invoices with their lines, tracks and albums: select-in, a join by hand, N+1. */
@NullMarked
package dev.quicksilver.benchmarks.graph;

import org.jspecify.annotations.NullMarked;
