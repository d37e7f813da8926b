/**
 * The reactive migration runner: versioned and repeatable SQL scripts and Java migrations, found on
 * the class path or in a directory, applied through the application's own R2DBC connection factory,
 * recorded in a history table with checksums, and safe when several instances start at once.
 * Start at {@link dev.quicksilver.migrations.MigrationRunner}.
 */
@NullMarked
package dev.quicksilver.migrations;

import org.jspecify.annotations.NullMarked;
