package dev.quicksilver.query.repository.internal;

import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.model.Column;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.mapping.model.SortKey;
import dev.quicksilver.query.BulkResult;
import dev.quicksilver.query.EntityQuery;
import dev.quicksilver.query.Quicksilver;
import dev.quicksilver.query.repository.ReactiveRepository;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The base methods of every repository, over the public API of {@link Quicksilver}: entity writes,
 * entity queries by id, keyset pages, and the bulk writer for many rows. Immutable, thread-safe.
 */
final class SimpleRepository<E, ID> implements ReactiveRepository<E, ID> {

    /** Entities per chunk of {@link #saveAll(Publisher)}. */
    static final int SAVE_CHUNK = 1_000;

    private final Quicksilver quicksilver;
    private final EntityModel<E> entity;
    private final EntityMetadata<E> metadata;
    private final Column<E, Object> id;
    private final int idIndex;
    private final @Nullable ColumnMetadata version;
    private final int versionIndex;
    private final boolean bulkInsertable;

    SimpleRepository(Quicksilver quicksilver, EntityModel<E> entity, EntityMetadata<E> metadata, ColumnMetadata idColumn) {
        this.quicksilver = quicksilver;
        this.entity = entity;
        this.metadata = metadata;
        this.id = entity.column(idColumn.propertyPath());
        this.idIndex = metadata.columns().indexOf(idColumn);
        this.version = metadata.versionColumn().orElse(null);
        this.versionIndex = version == null ? -1 : metadata.columns().indexOf(version);
        // the bulk writer does not fill versions and timestamps yet: such entities are inserted one by one
        this.bulkInsertable = metadata.columns().stream()
                .noneMatch(column -> column.version() || column.createdAt() || column.updatedAt());
    }

    /** The rule of {@link ReactiveRepository#save(Object)}. */
    boolean isNew(E candidate) {
        if (version != null && !version.javaType().isPrimitive()
                && metadata.accessor().columnValue(candidate, versionIndex) == null) {
            return true;
        }
        Object key = metadata.accessor().columnValue(candidate, idIndex);
        return key == null || key instanceof Number number && number.longValue() == 0
                && !(key instanceof java.math.BigDecimal || key instanceof java.math.BigInteger);
    }

    @Override
    public Mono<E> save(E candidate) {
        return Mono.defer(() -> isNew(Objects.requireNonNull(candidate, "entity")) ? quicksilver.insert(candidate)
                : quicksilver.update(candidate));
    }

    @Override
    public Mono<E> insert(E candidate) {
        return Mono.defer(() -> quicksilver.insert(Objects.requireNonNull(candidate, "entity")));
    }

    @Override
    public Flux<E> saveAll(Publisher<? extends E> entities) {
        return Flux.<E>from(entities).buffer(SAVE_CHUNK).concatMap(this::saveChunk);
    }

    private Flux<E> saveChunk(List<E> chunk) {
        List<Integer> newPositions = new ArrayList<>();
        List<E> fresh = new ArrayList<>();
        List<Integer> oldPositions = new ArrayList<>();
        List<E> existing = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            if (isNew(chunk.get(i))) {
                newPositions.add(i);
                fresh.add(chunk.get(i));
            } else {
                oldPositions.add(i);
                existing.add(chunk.get(i));
            }
        }
        Mono<List<E>> inserted = fresh.isEmpty() ? Mono.just(List.of())
                : !bulkInsertable ? Flux.fromIterable(fresh).concatMap(quicksilver::insert).collectList()
                : quicksilver.bulkInsert(entity).chunkSize(SAVE_CHUNK).writeReturningKeys(Flux.fromIterable(fresh))
                        .collectList();
        Mono<List<E>> updated = Flux.fromIterable(existing).concatMap(quicksilver::update).collectList();
        return inserted.zipWhen(first -> updated).flatMapMany(both -> {
            Object[] saved = new Object[chunk.size()];
            place(saved, newPositions, both.getT1());
            place(saved, oldPositions, both.getT2());
            @SuppressWarnings("unchecked")
            List<E> ordered = (List<E>) Arrays.asList(saved);
            return Flux.fromIterable(ordered);
        });
    }

    private static void place(Object[] saved, List<Integer> positions, List<?> values) {
        for (int i = 0; i < positions.size(); i++) {
            saved[positions.get(i)] = values.get(i);
        }
    }

    @Override
    public Mono<E> findById(ID key) {
        return Mono.defer(() -> quicksilver.select(entity).where(id.eq(Objects.requireNonNull(key, "id"))).one());
    }

    @Override
    public Flux<E> findAll() {
        return quicksilver.select(entity).fetch();
    }

    @Override
    public Flux<E> findAll(SortKey... order) {
        return Flux.defer(() -> quicksilver.select(entity).orderBy(order).fetch());
    }

    @Override
    public Flux<List<E>> findAllInPages(int pageSize) {
        return Flux.defer(() -> quicksilver.select(entity).orderBy(id.asc()).pages(pageSize));
    }

    @Override
    public Mono<List<E>> findPageAfter(@Nullable E last, int pageSize) {
        return Mono.defer(() -> {
            EntityQuery<E> query = quicksilver.select(entity).orderBy(id.asc());
            if (last != null) {
                query = query.after(last);
            }
            return query.limit(pageSize).fetch().collectList();
        });
    }

    @Override
    public Mono<Long> count() {
        return quicksilver.select(entity).count();
    }

    @Override
    public Mono<Boolean> existsById(ID key) {
        return Mono.defer(() -> quicksilver.select(entity).where(id.eq(Objects.requireNonNull(key, "id"))).exists());
    }

    @Override
    public Mono<Long> deleteById(ID key) {
        return Mono.defer(() -> quicksilver.delete(entity).where(id.eq(Objects.requireNonNull(key, "id"))).execute());
    }

    @Override
    public Mono<Void> delete(E candidate) {
        return Mono.defer(() -> quicksilver.delete(Objects.requireNonNull(candidate, "entity"))).then();
    }

    @Override
    public Mono<Long> deleteAll(Publisher<? extends E> entities) {
        return quicksilver.bulkDelete(entity).entities(entities).map(BulkResult::rows);
    }

    @Override
    public Mono<Long> deleteAllById(Iterable<? extends ID> ids) {
        return quicksilver.bulkDelete(entity).byKeys(Flux.fromIterable(ids)).map(BulkResult::rows);
    }

    @Override
    public Mono<Long> deleteAll() {
        return quicksilver.delete(entity).all().execute();
    }

    @Override
    public String toString() {
        return "Repository[" + metadata.type().getSimpleName() + "]";
    }
}
