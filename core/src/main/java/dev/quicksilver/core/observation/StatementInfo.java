package dev.quicksilver.core.observation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a listener learns about a statement before it runs.
 *
 * @param databaseName the name of the {@code Database} (from its options), for tags
 * @param dialect the dialect's name, e.g. {@code PostgreSQL}
 * @param sql the SQL text as sent, with the dialect's bind markers
 * @param operation the leading keyword in upper case ({@code SELECT}, {@code INSERT}, …)
 * @param table the first table the statement names, or {@code null} when it could not be told
 * @param parameters the bound values in marker order, or an empty list when the database's options
 *     keep parameters out of observations (the default)
 * @param inTransaction whether the statement runs inside a Quicksilver transaction
 */
public record StatementInfo(String databaseName, String dialect, String sql, String operation,
                            @Nullable String table, List<@Nullable Object> parameters, boolean inTransaction) {
}
