/**
 * Reactive repositories: interfaces declared by the application, implemented at run time over
 * {@link dev.quicksilver.query.Quicksilver}. Create them with {@link Repositories}; derived query
 * methods are parsed from their names once, when the repository is created.
 */
@NullMarked
package dev.quicksilver.query.repository;

import org.jspecify.annotations.NullMarked;
