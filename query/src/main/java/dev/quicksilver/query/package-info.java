/**
 * The expression language, statement builders, result mapping, relationship loading, sessions and
 * the bulk writer. Empty until the query issue fills it.
 */
@NullMarked
package dev.quicksilver.query;

import org.jspecify.annotations.NullMarked;
