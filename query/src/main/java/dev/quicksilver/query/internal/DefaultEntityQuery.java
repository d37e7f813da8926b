package dev.quicksilver.query.internal;

import dev.quicksilver.core.dialect.LockMode;
import dev.quicksilver.mapping.model.Condition;
import dev.quicksilver.mapping.model.RelationshipPath;
import dev.quicksilver.mapping.model.SortKey;
import dev.quicksilver.query.EntityQuery;
import dev.quicksilver.query.LoadStrategy;
import dev.quicksilver.query.NonUniqueResultException;
import dev.quicksilver.query.Page;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An entity query: an engine, an immutable spec and its named parameters' values. Its statements come
 * from the engine's {@link StatementShapes} (rendered once per statement shape, values taken out) at the
 * first subscription that needs them and are kept ({@link Renders}), shared by the queries {@link #bind}
 * makes from it.
 */
final class DefaultEntityQuery<E> implements EntityQuery<E> {

    /** The statements of one spec, looked up once each (a benign race may look one up twice). */
    private static final class Renders {
        private volatile StatementShapes.@Nullable Bound select;
        private volatile StatementShapes.@Nullable Bound one;
        private volatile StatementShapes.@Nullable Bound first;
        private volatile StatementShapes.@Nullable Bound count;
        private volatile StatementShapes.@Nullable Bound exists;
    }

    private final DefaultQuicksilver engine;
    private final SelectSpec<E> spec;
    private final java.util.Map<String, @Nullable Object> parameters;
    private final Renders renders;

    DefaultEntityQuery(DefaultQuicksilver engine, SelectSpec<E> spec) {
        this(engine, spec, java.util.Map.of(), new Renders());
    }

    private DefaultEntityQuery(DefaultQuicksilver engine, SelectSpec<E> spec,
                               java.util.Map<String, @Nullable Object> parameters, Renders renders) {
        this.engine = engine;
        this.spec = spec;
        this.parameters = parameters;
        this.renders = renders;
    }

    private EntityQuery<E> with(SelectSpec<E> changed) {
        return new DefaultEntityQuery<>(engine, changed, parameters, new Renders());
    }

    @Override
    public EntityQuery<E> bind(String name, @Nullable Object value) {
        java.util.Map<String, @Nullable Object> more = new java.util.HashMap<>(parameters);
        more.put(Objects.requireNonNull(name, "name"), value);
        return new DefaultEntityQuery<>(engine, spec, java.util.Collections.unmodifiableMap(more), renders);
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
    public EntityQuery<E> load(RelationshipPath<E, ?> path, LoadStrategy strategy) {
        Objects.requireNonNull(path, "path");
        return with(Objects.requireNonNull(strategy, "strategy") == LoadStrategy.JOIN ? spec.withJoin(path)
                : spec.withLoad(path));
    }

    @Override
    public EntityQuery<E> after(E last) {
        return with(spec.withAfter(Objects.requireNonNull(last, "last")));
    }

    @Override
    public Flux<E> fetch() {
        return run(this::selectSql);
    }

    /** Runs the statement the supplier renders (at subscription) and reads its rows, joined and loaded. */
    private Flux<E> run(Supplier<StatementShapes.Bound> statement) {
        return rendered(statement).flatMapMany(bound -> {
            Flux<E> rows = prepare(bound).mapPerShape(JoinLoading.rows(spec, engine));
            return spec.loads().isEmpty() ? rows : RelationshipLoader.attach(engine, spec, rows);
        });
    }

    /** The statement with the query's parameters and the values its shape took out bound. */
    private dev.quicksilver.core.Sql prepare(StatementShapes.Bound bound) {
        java.util.Map<String, ?> values = bound.values();
        if (!parameters.isEmpty()) {
            if (values.isEmpty()) {
                values = parameters;
            } else {
                java.util.Map<String, @Nullable Object> both = new java.util.HashMap<>(parameters);
                both.putAll(bound.values());
                values = both;
            }
        }
        return bound.sql().prepare(engine.database(), values);
    }

    private StatementShapes.Bound render(SelectSpec<E> rendered, String kind,
                                         java.util.function.Function<SelectSpec<E>, RenderedSql> renderer) {
        return engine.shapes().render(rendered, kind, renderer);
    }

    private StatementShapes.Bound selectSql() {
        StatementShapes.Bound sql = renders.select;
        if (sql == null) {
            sql = render(effective(), "select", this::select);
            renders.select = sql;
        }
        return sql;
    }

    private RenderedSql select(SelectSpec<E> rendered) {
        return SelectRenderer.select(rendered, engine.database().dialect(), engine.mapping());
    }

    /** The select with a limit of {@code rows} in place of the query's own, looked up once. */
    private StatementShapes.Bound limitedSql(long rows) {
        StatementShapes.Bound sql = rows == 1 ? renders.first : renders.one;
        if (sql == null) {
            SelectSpec<E> limited = spec.withLimit(rows);
            sql = render(limited.after() == null ? limited : Keyset.seek(limited), "select", this::select);
            if (rows == 1) {
                renders.first = sql;
            } else {
                renders.one = sql;
            }
        }
        return sql;
    }

    /** The spec as rendered: with the keyset condition and total order when it pages after an entity. */
    private SelectSpec<E> effective() {
        return spec.after() == null ? spec : Keyset.seek(spec);
    }

    @Override
    public Flux<E> fetchInPages(int size) {
        return pages(size).flatMapIterable(page -> page);
    }

    @Override
    public Flux<List<E>> pages(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("pages: " + size + " rows a page; give at least 1");
        }
        if (spec.limit() != null || spec.offset() != null) {
            return Flux.error(new IllegalStateException("pages() walks every row of the query, a page at a time; it"
                    + " cannot be combined with limit() or offset(). Drop them, and take(n) on the stream to stop early."));
        }
        return page(spec.after(), size)
                .expand(page -> page.size() < size ? Mono.empty() : page(page.get(page.size() - 1), size))
                .filter(page -> !page.isEmpty());
    }

    /** One keyset page: its own statement, read to the end before the next one starts. */
    private Mono<List<E>> page(@Nullable E last, int size) {
        SelectSpec<E> page = spec.withAfter(last).withLimit((long) size);
        return new DefaultEntityQuery<>(engine, page, parameters, new Renders())
                .run(() -> new StatementShapes.Bound(select(Keyset.seek(page)), java.util.Map.of()))
                .collectList();
    }

    @Override
    public Mono<Page<E>> page(long number, int size) {
        if (number < 0 || size < 1) {
            throw new IllegalArgumentException("page(" + number + ", " + size + "): give a page number from 0 and a"
                    + " size of at least 1");
        }
        long offset = Math.multiplyExact(number, (long) size);
        SelectSpec<E> all = spec.withLimit(null).withOffset(null);
        return with(all.withLimit((long) size).withOffset(offset)).fetch().collectList().flatMap(content -> {
            if (content.size() < size && (!content.isEmpty() || number == 0)) {
                // a short page is the last one: the total is known without counting
                return Mono.just(new Page<>(content, number, size, offset + content.size()));
            }
            return with(all).count().map(total -> new Page<>(content, number, size, total));
        });
    }

    @Override
    public Mono<E> one() {
        return run(() -> limitedSql(2)).collectList().flatMap(found -> {
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
        return run(() -> limitedSql(1)).next();
    }

    @Override
    public Mono<Long> count() {
        return rendered(() -> {
            StatementShapes.Bound sql = renders.count;
            if (sql == null) {
                sql = render(effective(), "count",
                        counted -> SelectRenderer.count(counted, engine.database().dialect(), engine.mapping()));
                renders.count = sql;
            }
            return sql;
        }).flatMap(sql -> prepare(sql).map(row -> row.get(0, Long.class)).single());
    }

    @Override
    public Mono<Boolean> exists() {
        return rendered(() -> {
            StatementShapes.Bound sql = renders.exists;
            if (sql == null) {
                sql = render(effective(), "exists",
                        tested -> SelectRenderer.exists(tested, engine.database().dialect(), engine.mapping()));
                renders.exists = sql;
            }
            return sql;
        }).flatMap(sql -> prepare(sql).map(row -> row.get(0, Long.class)).single())
                .map(rows -> rows > 0);
    }

    @Override
    public String sql() {
        return selectSql().sql().text();
    }

    /** Renders at subscription; a reference the statement cannot render becomes an error in the stream. */
    private static Mono<StatementShapes.Bound> rendered(Supplier<StatementShapes.Bound> render) {
        return Mono.fromSupplier(render);
    }

    @Override
    public String toString() {
        return "EntityQuery[" + spec.metadata().type().getSimpleName() + "]";
    }
}
