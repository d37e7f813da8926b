package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.metadata.ColumnCodec;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityAccessor;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes a chunk as multi-row {@code INSERT … VALUES (…), (…)} statements on one connection, every value
 * bound by position (straight on the R2DBC statement: binding thousands of values through named
 * parameters would copy them once per value), as few statements as the parameter limit allows, one after
 * another. When keys are wanted the generated columns come back as rows, one per inserted row, in order.
 */
final class MultiRowInsert {

    private MultiRowInsert() {
    }

    /** How many statements a chunk of this many rows takes. */
    static int statements(BulkPlan<?> plan, int rows) {
        return (rows + plan.rowsPerStatement() - 1) / plan.rowsPerStatement();
    }

    /**
     * Inserts the rows; emits the entities with their generated values set when {@code returningKeys},
     * else the rows' count.
     */
    static <E> Mono<List<E>> insert(BulkPlan<E> plan, Connection connection, List<BulkPlan.PreparedRow<E>> rows,
                                    boolean returningKeys) {
        int perStatement = plan.rowsPerStatement();
        List<List<BulkPlan.PreparedRow<E>>> slices = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += perStatement) {
            slices.add(rows.subList(from, Math.min(rows.size(), from + perStatement)));
        }
        return Flux.fromIterable(slices)
                .concatMap(slice -> execute(plan, connection, slice, returningKeys))
                .collectList();
    }

    private static <E> Flux<E> execute(BulkPlan<E> plan, Connection connection, List<BulkPlan.PreparedRow<E>> rows,
                                       boolean returningKeys) {
        return Flux.defer(() -> {
            Statement statement = connection.createStatement(plan.insertSql(rows.size()));
            List<ColumnMetadata> columns = plan.columns();
            int position = 0;
            for (BulkPlan.PreparedRow<E> row : rows) {
                @Nullable Object[] values = row.values();
                for (int i = 0; i < values.length; i++) {
                    Object value = values[i];
                    if (value == null) {
                        statement.bindNull(position++, columns.get(i).storedType());
                    } else {
                        statement.bind(position++, value);
                    }
                }
            }
            boolean readKeys = returningKeys && !plan.generated().isEmpty();
            if (!readKeys) {
                // counted, not read: the entities go back as they were prepared
                return Flux.from(statement.execute()).concatMap(result -> result.getRowsUpdated())
                        .thenMany(Flux.fromIterable(rows).map(BulkPlan.PreparedRow::entity));
            }
            statement.returnGeneratedValues(plan.generatedNames());
            List<ColumnMetadata> generated = plan.generated();
            ColumnCodec[] codecs = generated.stream().map(ColumnCodec::of).toArray(ColumnCodec[]::new);
            int[] index = {0};
            EntityAccessor<E> accessor = plan.metadata().accessor();
            return Flux.from(statement.execute())
                    .concatMap(result -> result.map((row, metadata) -> {
                        E entity = rows.get(index[0]++).entity();
                        for (int i = 0; i < generated.size(); i++) {
                            ColumnMetadata column = generated.get(i);
                            Object stored = Conversions.convert(row.get(i), column.storedType(), i);
                            entity = accessor.withColumnValue(entity, column.propertyIndex(),
                                    stored == null ? null : codecs[i].fromStored(stored));
                        }
                        return entity;
                    }));
        });
    }
}
