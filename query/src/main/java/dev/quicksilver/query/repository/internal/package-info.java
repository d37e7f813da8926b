/**
 * The implementation of reactive repositories: the method-name parser, the plans it makes and the
 * proxy that runs them. Nothing here is public API.
 */
@NullMarked
package dev.quicksilver.query.repository.internal;

import org.jspecify.annotations.NullMarked;
