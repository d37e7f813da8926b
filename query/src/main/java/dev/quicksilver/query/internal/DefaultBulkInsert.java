package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.query.BulkInsert;
import dev.quicksilver.query.BulkMode;
import dev.quicksilver.query.BulkProgress;
import dev.quicksilver.query.BulkResult;
import dev.quicksilver.query.Quicksilver;
import java.time.Duration;
import java.util.Objects;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The bulk writer's settings; each write runs a {@link BulkExecution}. */
record DefaultBulkInsert<E>(Quicksilver quicksilver, EntityModel<E> entity, int chunkSize, int maxInFlight,
                            BulkMode mode) implements BulkInsert<E> {

    @Override
    public BulkInsert<E> chunkSize(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("chunkSize must be at least 1, was " + rows);
        }
        return new DefaultBulkInsert<>(quicksilver, entity, rows, maxInFlight, mode);
    }

    @Override
    public BulkInsert<E> maxInFlight(int chunks) {
        if (chunks < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, was " + chunks);
        }
        return new DefaultBulkInsert<>(quicksilver, entity, chunkSize, chunks, mode);
    }

    @Override
    public BulkInsert<E> mode(BulkMode newMode) {
        return new DefaultBulkInsert<>(quicksilver, entity, chunkSize, maxInFlight, Objects.requireNonNull(newMode,
                "mode"));
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
        return Flux.defer(() -> execution(true).entities(entities));
    }

    private BulkExecution<E> execution(boolean returningKeys) {
        BulkPlan<E> plan = BulkPlan.of(quicksilver.mapping().entity(entity.type()), quicksilver.database());
        return new BulkExecution<>(quicksilver.database(), plan, chunkSize, maxInFlight, mode, returningKeys);
    }
}
