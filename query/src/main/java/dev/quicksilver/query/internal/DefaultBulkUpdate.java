package dev.quicksilver.query.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.mapping.EntityValidationException;
import dev.quicksilver.mapping.Violation;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.query.BulkMode;
import dev.quicksilver.query.BulkProgress;
import dev.quicksilver.query.BulkResult;
import dev.quicksilver.query.BulkUpdate;
import dev.quicksilver.query.Quicksilver;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The bulk updater's settings; each write runs a {@link ChunkedWrite} of one {@code MERGE} per chunk. */
record DefaultBulkUpdate<E>(Quicksilver quicksilver, EntityModel<E> entity, ChunkSettings settings)
        implements BulkUpdate<E> {

    @Override
    public BulkUpdate<E> chunkSize(int rows) {
        return new DefaultBulkUpdate<>(quicksilver, entity, settings.withChunkSize(rows));
    }

    @Override
    public BulkUpdate<E> maxInFlight(int chunks) {
        return new DefaultBulkUpdate<>(quicksilver, entity, settings.withMaxInFlight(chunks));
    }

    @Override
    public BulkUpdate<E> mode(BulkMode mode) {
        return new DefaultBulkUpdate<>(quicksilver, entity, settings.withMode(mode));
    }

    @Override
    public Flux<BulkProgress> writeWithProgress(Publisher<? extends E> entities) {
        Objects.requireNonNull(entities, "entities");
        return Flux.defer(() -> execution().progress(entities));
    }

    @Override
    public Mono<BulkResult> write(Publisher<? extends E> entities) {
        Objects.requireNonNull(entities, "entities");
        return Mono.defer(() -> execution().result(entities, BulkResult.Method.MERGE_UPDATE));
    }

    private ChunkedWrite<E, Long> execution() {
        Database database = quicksilver.database();
        KeyedBulkPlan<E> plan = new KeyedBulkPlan<>(quicksilver.mapping().entity(entity.type()), database.dialect());
        int perStatement = plan.rowsPerStatement(plan.updateWidth());
        return ChunkedWrite.counting(database, "Bulk update of " + plan.tableName(), settings, (chunk, ownCommit) -> {
            List<@Nullable Object[]> rows = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                E candidate = chunk.get(i);
                List<Violation> violations = plan.metadata().validator().violations(candidate);
                if (!violations.isEmpty()) {
                    return Mono.error(new ChunkedWrite.RowFailure(i,
                            new EntityValidationException(candidate.getClass(), violations)));
                }
                rows.add(plan.updateValues(candidate));
            }
            Mono<Long> updated = database.withConnection(connection -> KeyedStatements.execute(connection, rows,
                            perStatement, plan::updateSql, plan::updateStoredType)).single()
                    .flatMap(count -> count == rows.size() ? Mono.just(count)
                            : Mono.error(new IllegalStateException(count + " of " + rows.size() + " rows of the chunk"
                            + " matched: a row is gone" + (plan.metadata().versionColumn().isPresent()
                            ? " or its version is stale (changed since it was read)" : "")
                            + "; the chunk is not applied. Reload the rows and retry.")));
            // the count check must be able to undo the chunk: a chunk that commits alone gets a transaction
            return ownCommit ? database.transactional(updated) : updated;
        });
    }
}
