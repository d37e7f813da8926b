package dev.quicksilver.query.internal;

import dev.quicksilver.core.dialect.LockMode;
import dev.quicksilver.mapping.model.Condition;
import dev.quicksilver.mapping.model.RelationshipPath;
import dev.quicksilver.mapping.model.SortKey;
import dev.quicksilver.query.EntityQuery;
import dev.quicksilver.query.NonUniqueResultException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** An entity query: an engine and an immutable spec; rendering happens per subscription. */
final class DefaultEntityQuery<E> implements EntityQuery<E> {

    private final DefaultQuicksilver engine;
    private final SelectSpec<E> spec;

    DefaultEntityQuery(DefaultQuicksilver engine, SelectSpec<E> spec) {
        this.engine = engine;
        this.spec = spec;
    }

    private EntityQuery<E> with(SelectSpec<E> changed) {
        return new DefaultEntityQuery<>(engine, changed);
    }

    @Override
    public EntityQuery<E> where(Condition condition) {
        return with(spec.withWhere(Objects.requireNonNull(condition, "condition")));
    }

    @Override
    public EntityQuery<E> orderBy(SortKey... keys) {
        return orderBy(List.of(keys));
    }

    @Override
    public EntityQuery<E> orderBy(List<SortKey> keys) {
        return with(spec.withOrder(keys));
    }

    @Override
    public EntityQuery<E> limit(long rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("limit: " + rows + " is negative; give 0 or more rows");
        }
        return with(spec.withLimit(rows));
    }

    @Override
    public EntityQuery<E> offset(long rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("offset: " + rows + " is negative; give 0 or more rows");
        }
        return with(spec.withOffset(rows));
    }

    @Override
    public EntityQuery<E> load(RelationshipPath<E, ?> path) {
        return with(spec.withLoad(Objects.requireNonNull(path, "path")));
    }

    @Override
    public EntityQuery<E> loadWindow(int parents) {
        if (parents < 1) {
            throw new IllegalArgumentException("loadWindow: " + parents + " parents; give at least 1");
        }
        return with(spec.withWindow(parents));
    }

    @Override
    public EntityQuery<E> lock(LockMode mode) {
        return with(spec.withLock(Objects.requireNonNull(mode, "mode")));
    }

    @Override
    public Flux<E> fetch() {
        return rendered(() -> SelectRenderer.select(spec, engine.database().dialect(), engine.mapping()))
                .flatMapMany(sql -> {
                    Flux<E> rows = sql.prepare(engine.database()).mapPerShape(new EntityRows<>(spec.metadata(), 0));
                    return spec.loads().isEmpty() ? rows : RelationshipLoader.attach(engine, spec, rows);
                });
    }

    @Override
    public Mono<E> one() {
        return limit(2).fetch().collectList().flatMap(found -> {
            if (found.size() > 1) {
                return Mono.error(new NonUniqueResultException("Expected at most one " + spec.metadata().type()
                        .getSimpleName() + " but the query selects several. Narrow the condition, or use first().",
                        sql()));
            }
            return Mono.justOrEmpty(found.isEmpty() ? null : found.get(0));
        });
    }

    @Override
    public Mono<E> first() {
        return limit(1).fetch().next();
    }

    @Override
    public Mono<Long> count() {
        return rendered(() -> SelectRenderer.count(spec, engine.database().dialect(), engine.mapping()))
                .flatMap(sql -> sql.prepare(engine.database()).map(row -> row.get(0, Long.class)).single());
    }

    @Override
    public Mono<Boolean> exists() {
        return rendered(() -> SelectRenderer.exists(spec, engine.database().dialect(), engine.mapping()))
                .flatMap(sql -> sql.prepare(engine.database()).map(row -> row.get(0, Long.class)).single())
                .map(rows -> rows > 0);
    }

    @Override
    public String sql() {
        return SelectRenderer.select(spec, engine.database().dialect(), engine.mapping()).text();
    }

    /** Renders at subscription; a reference the statement cannot render becomes an error in the stream. */
    private static Mono<RenderedSql> rendered(Supplier<RenderedSql> render) {
        return Mono.fromSupplier(render);
    }

    @Override
    public String toString() {
        return "EntityQuery[" + spec.metadata().type().getSimpleName() + "]";
    }
}
