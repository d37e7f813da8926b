/**
 * Implementation of the core API: statement execution, named-parameter parsing, transactions,
 * connection handling, row reading and statement observation. Not part of the public API.
 */
@NullMarked
package dev.quicksilver.core.internal;

import org.jspecify.annotations.NullMarked;
