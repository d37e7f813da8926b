package dev.quicksilver.query.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.query.BulkDelete;
import dev.quicksilver.query.BulkMode;
import dev.quicksilver.query.BulkProgress;
import dev.quicksilver.query.BulkResult;
import dev.quicksilver.query.Quicksilver;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The bulk deleter's settings; each write runs a {@link ChunkedWrite} of one {@code DELETE … IN} per chunk. */
record DefaultBulkDelete<E>(Quicksilver quicksilver, EntityModel<E> entity, ChunkSettings settings)
        implements BulkDelete<E> {

    @Override
    public BulkDelete<E> chunkSize(int rows) {
        return new DefaultBulkDelete<>(quicksilver, entity, settings.withChunkSize(rows));
    }

    @Override
    public BulkDelete<E> maxInFlight(int chunks) {
        return new DefaultBulkDelete<>(quicksilver, entity, settings.withMaxInFlight(chunks));
    }

    @Override
    public BulkDelete<E> mode(BulkMode mode) {
        return new DefaultBulkDelete<>(quicksilver, entity, settings.withMode(mode));
    }

    @Override
    public Flux<BulkProgress> byKeysWithProgress(Publisher<?> keys) {
        Objects.requireNonNull(keys, "keys");
        return Flux.defer(() -> {
            KeyedBulkPlan<E> plan = plan();
            return this.<Object>execution(plan, key -> plan.keyValue(Objects.requireNonNull(key, "key")))
                    .progress(keys);
        });
    }

    @Override
    public Mono<BulkResult> byKeys(Publisher<?> keys) {
        Objects.requireNonNull(keys, "keys");
        return Mono.defer(() -> {
            KeyedBulkPlan<E> plan = plan();
            return this.<Object>execution(plan, key -> plan.keyValue(Objects.requireNonNull(key, "key")))
                    .result(keys, BulkResult.Method.KEYED_DELETE);
        });
    }

    @Override
    public Mono<BulkResult> entities(Publisher<? extends E> entities) {
        Objects.requireNonNull(entities, "entities");
        return Mono.defer(() -> {
            KeyedBulkPlan<E> plan = plan();
            return this.<E>execution(plan, plan::keyValues).result(entities, BulkResult.Method.KEYED_DELETE);
        });
    }

    private KeyedBulkPlan<E> plan() {
        return new KeyedBulkPlan<>(quicksilver.mapping().entity(entity.type()), quicksilver.database().dialect());
    }

    private <T> ChunkedWrite<T, Long> execution(KeyedBulkPlan<E> plan, Function<T, @Nullable Object[]> keyValues) {
        Database database = quicksilver.database();
        int perStatement = plan.rowsPerStatement(plan.keyWidth());
        return ChunkedWrite.counting(database, "Bulk delete from " + plan.tableName(), settings, (chunk, ownCommit) -> {
            List<@Nullable Object[]> rows = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                try {
                    rows.add(keyValues.apply(chunk.get(i)));
                } catch (RuntimeException invalid) {
                    return Mono.error(new ChunkedWrite.RowFailure(i, invalid));
                }
            }
            Mono<Long> deleted = database.withConnection(connection -> KeyedStatements.execute(connection, rows,
                    perStatement, plan::deleteSql, plan::keyStoredType)).single();
            // one DELETE is atomic alone; a chunk split by the parameter limit needs a transaction of its own
            return ownCommit && KeyedStatements.split(rows.size(), perStatement) ? database.transactional(deleted)
                    : deleted;
        });
    }
}
