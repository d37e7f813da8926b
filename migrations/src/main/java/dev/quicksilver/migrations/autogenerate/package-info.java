/**
 * Autogenerate: compare the schema the mapping metadata describes with a live database schema, list
 * the changes that would bring the database to the model, and write them as a candidate versioned
 * migration ({@code V<version>__<description>.sql}) for a human to review. Start at
 * {@link dev.quicksilver.migrations.autogenerate.Autogenerate}.
 */
@NullMarked
package dev.quicksilver.migrations.autogenerate;

import org.jspecify.annotations.NullMarked;
