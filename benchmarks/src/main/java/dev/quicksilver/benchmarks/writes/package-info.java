/**
 * Write benchmarks: Quicksilver's bulk writer and conditional updates beside raw r2dbc-postgresql, JDBC
 * batches and Spring Data R2DBC, on PostgreSQL.
 */
@NullMarked
package dev.quicksilver.benchmarks.writes;

import org.jspecify.annotations.NullMarked;
