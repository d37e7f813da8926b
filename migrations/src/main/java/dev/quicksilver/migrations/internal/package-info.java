/**
 * The migration runner's implementation: scanning, resolution, the SQL splitter, checksums, the
 * history table, the locks and the execution of migrations. Not an API.
 */
@NullMarked
package dev.quicksilver.migrations.internal;

import org.jspecify.annotations.NullMarked;
