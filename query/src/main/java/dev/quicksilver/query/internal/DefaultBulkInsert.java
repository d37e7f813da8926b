package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.query.BulkInsert;
import dev.quicksilver.query.BulkMode;
import dev.quicksilver.query.BulkProgress;
import dev.quicksilver.query.BulkResult;
import dev.quicksilver.query.Quicksilver;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The bulk writer's settings; each write runs a {@link BulkExecution}. {@code conflictKeys} empty means plain
 * inserts, else upserts keyed by those properties (overwriting, or skipping when {@code doNothing}).
 */
record DefaultBulkInsert<E>(Quicksilver quicksilver, EntityModel<E> entity, ChunkSettings settings,
                            List<String> conflictKeys, boolean doNothing) implements BulkInsert<E> {

    DefaultBulkInsert(Quicksilver quicksilver, EntityModel<E> entity, ChunkSettings settings) {
        this(quicksilver, entity, settings, List.of(), false);
    }

    @Override
    public BulkInsert<E> chunkSize(int rows) {
        return new DefaultBulkInsert<>(quicksilver, entity, settings.withChunkSize(rows), conflictKeys, doNothing);
    }

    @Override
    public BulkInsert<E> maxInFlight(int chunks) {
        return new DefaultBulkInsert<>(quicksilver, entity, settings.withMaxInFlight(chunks), conflictKeys, doNothing);
    }

    @Override
    public BulkInsert<E> mode(BulkMode newMode) {
        return new DefaultBulkInsert<>(quicksilver, entity, settings.withMode(newMode), conflictKeys, doNothing);
    }

    @Override
    public BulkInsert<E> onConflict(String... keyProperties) {
        return new DefaultBulkInsert<>(quicksilver, entity, settings, keys(keyProperties), false);
    }

    @Override
    public BulkInsert<E> onConflictDoNothing(String... keyProperties) {
        return new DefaultBulkInsert<>(quicksilver, entity, settings, keys(keyProperties), true);
    }

    private static List<String> keys(String... keyProperties) {
        if (keyProperties.length == 0) {
            throw new IllegalArgumentException("An upsert needs at least one key property, e.g. onConflict(\"id\")");
        }
        return List.of(keyProperties);
    }

    @Override
    public Flux<BulkProgress> writeWithProgress(Publisher<? extends E> entities) {
        Objects.requireNonNull(entities, "entities");
        return Flux.defer(() -> execution(false).progress(entities));
    }

    @Override
    public Mono<BulkResult> write(Publisher<? extends E> entities) {
        Objects.requireNonNull(entities, "entities");
        return Mono.defer(() -> {
            BulkExecution<E> execution = execution(false);
            return execution.progress(entities)
                    .last(new BulkProgress(0, 0, Duration.ZERO))
                    .map(last -> new BulkResult(last.rows(), last.chunks(), execution.elapsed(), execution.method()));
        });
    }

    @Override
    public Flux<E> writeReturningKeys(Publisher<? extends E> entities) {
        Objects.requireNonNull(entities, "entities");
        if (!conflictKeys.isEmpty()) {
            return Flux.error(new UnsupportedOperationException("An upsert does not return generated keys (a row"
                    + " that existed generates none); use write(…) and read the rows back by their keys."));
        }
        return Flux.defer(() -> execution(true).entities(entities));
    }

    private BulkExecution<E> execution(boolean returningKeys) {
        BulkPlan<E> plan = BulkPlan.of(quicksilver.mapping().entity(entity.type()), quicksilver.database(),
                conflictKeys, doNothing);
        return new BulkExecution<>(quicksilver.database(), plan, settings, returningKeys);
    }
}
