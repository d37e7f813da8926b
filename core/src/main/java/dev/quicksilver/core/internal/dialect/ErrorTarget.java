package dev.quicksilver.core.internal.dialect;

import org.jspecify.annotations.Nullable;

/** The schema objects a database error names. */
record ErrorTarget(@Nullable String constraint, @Nullable String table, @Nullable String column) {

    static final ErrorTarget NONE = new ErrorTarget(null, null, null);
}
