/**
 * The command line of the migration runner: {@code migrate}, {@code info}, {@code validate}, {@code repair},
 * {@code baseline}, {@code dry-run} (and, with entities, {@code diff} and {@code check}) against an R2DBC URL.
 */
@NullMarked
package dev.quicksilver.migrations.cli;

import org.jspecify.annotations.NullMarked;
