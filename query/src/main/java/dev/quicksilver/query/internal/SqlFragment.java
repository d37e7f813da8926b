package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.model.Expression;

/** A piece of a statement the renderer builds itself (an ORDER BY position); it renders itself. */
interface SqlFragment extends Expression<Object> {

    void render(SqlWriter out);
}
