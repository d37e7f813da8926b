package dev.quicksilver.query.internal;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs a chunk of rows as statements of many rows each on one connection, every value bound by position
 * straight on the R2DBC statement (as {@link MultiRowInsert} does), split only where the parameter limit
 * requires, one after another; emits the rows the statements affected.
 */
final class KeyedStatements {

    private KeyedStatements() {
    }

    /**
     * @param rows the values of each row, stored types
     * @param perStatement rows per statement at most
     * @param sql the statement text for a number of rows
     * @param storedType the stored type of each value of a row, for binding nulls
     */
    static Mono<Long> execute(Connection connection, List<@Nullable Object[]> rows, int perStatement,
                              IntFunction<String> sql, IntFunction<Class<?>> storedType) {
        List<List<@Nullable Object[]>> slices = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += perStatement) {
            slices.add(rows.subList(from, Math.min(rows.size(), from + perStatement)));
        }
        return Flux.fromIterable(slices)
                .concatMap(slice -> Flux.defer(() -> {
                    Statement statement = connection.createStatement(sql.apply(slice.size()));
                    int position = 0;
                    for (@Nullable Object[] values : slice) {
                        for (int i = 0; i < values.length; i++) {
                            Object value = values[i];
                            if (value == null) {
                                statement.bindNull(position++, storedType.apply(i));
                            } else {
                                statement.bind(position++, value);
                            }
                        }
                    }
                    return Flux.from(statement.execute()).concatMap(result -> result.getRowsUpdated());
                }))
                .reduce(0L, (sum, count) -> sum + count.longValue());
    }

    /** Whether a chunk of this many rows takes more than one statement. */
    static boolean split(int rows, int perStatement) {
        return rows > perStatement;
    }
}
