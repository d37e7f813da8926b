/**
 * Autogenerate's implementation: the live catalog reader and its per-dialect queries, the model
 * catalog, the differ and the SQL renderer. Not an API: use
 * {@link dev.quicksilver.migrations.autogenerate.Autogenerate}.
 */
@NullMarked
package dev.quicksilver.migrations.autogenerate.internal;

import org.jspecify.annotations.NullMarked;
