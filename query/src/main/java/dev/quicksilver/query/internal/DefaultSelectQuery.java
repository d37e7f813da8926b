package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.model.Condition;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.mapping.model.Relationship;
import dev.quicksilver.mapping.model.SortKey;
import dev.quicksilver.query.CommonTable;
import dev.quicksilver.query.DerivedTable;
import dev.quicksilver.query.JoinStep;
import dev.quicksilver.query.NonUniqueResultException;
import dev.quicksilver.query.QueryTable;
import dev.quicksilver.query.SelectQuery;
import dev.quicksilver.query.Tuple;
import dev.quicksilver.query.internal.ProjectionSpec.EntitySource;
import dev.quicksilver.query.internal.ProjectionSpec.JoinKind;
import dev.quicksilver.query.internal.ProjectionSpec.RelationshipSource;
import dev.quicksilver.query.internal.ProjectionSpec.TableSource;
import dev.quicksilver.query.internal.ProjectionSpec.UnionPart;
import java.util.List;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A projection query: an engine, an immutable spec and how rows are read; rendering happens per subscription. */
final class DefaultSelectQuery<R> implements SelectQuery<R> {

    private final DefaultQuicksilver engine;
    private final ProjectionSpec spec;
    private final ProjectionRows.Shape<R> shape;

    DefaultSelectQuery(DefaultQuicksilver engine, ProjectionSpec spec, ProjectionRows.Shape<R> shape) {
        this.engine = engine;
        this.spec = spec;
        this.shape = shape;
    }

    ProjectionSpec spec() {
        return spec;
    }

    private SelectQuery<R> with(ProjectionSpec changed) {
        return new DefaultSelectQuery<>(engine, changed, shape);
    }

    @Override
    public List<Expression<?>> selection() {
        return spec.selection();
    }

    @Override
    public SelectQuery<R> from(EntityModel<?> entity) {
        return with(spec.withSource(new EntitySource(Objects.requireNonNull(entity, "entity"), JoinKind.FROM, null)));
    }

    @Override
    public SelectQuery<R> from(QueryTable table) {
        return with(spec.withSource(new TableSource(Objects.requireNonNull(table, "table"), JoinKind.FROM, null)));
    }

    @Override
    public JoinStep<R> join(EntityModel<?> entity) {
        return joinOn(entity, JoinKind.INNER);
    }

    @Override
    public JoinStep<R> join(QueryTable table) {
        return joinOn(table, JoinKind.INNER);
    }

    @Override
    public JoinStep<R> leftJoin(EntityModel<?> entity) {
        return joinOn(entity, JoinKind.LEFT);
    }

    @Override
    public JoinStep<R> leftJoin(QueryTable table) {
        return joinOn(table, JoinKind.LEFT);
    }

    @Override
    public JoinStep<R> rightJoin(EntityModel<?> entity) {
        return joinOn(entity, JoinKind.RIGHT);
    }

    @Override
    public JoinStep<R> fullJoin(EntityModel<?> entity) {
        return joinOn(entity, JoinKind.FULL);
    }

    private JoinStep<R> joinOn(EntityModel<?> entity, JoinKind kind) {
        Objects.requireNonNull(entity, "entity");
        return condition -> with(spec.withSource(new EntitySource(entity, kind, Objects.requireNonNull(condition, "on"))));
    }

    private JoinStep<R> joinOn(QueryTable table, JoinKind kind) {
        Objects.requireNonNull(table, "table");
        return condition -> with(spec.withSource(new TableSource(table, kind, Objects.requireNonNull(condition, "on"))));
    }

    @Override
    public SelectQuery<R> join(Relationship<?, ?> relationship) {
        return along(relationship, EntityModel.of(relationship.target()), JoinKind.INNER);
    }

    @Override
    public <T> SelectQuery<R> join(Relationship<?, T> relationship, EntityModel<T> target) {
        return along(relationship, target, JoinKind.INNER);
    }

    @Override
    public SelectQuery<R> leftJoin(Relationship<?, ?> relationship) {
        return along(relationship, EntityModel.of(relationship.target()), JoinKind.LEFT);
    }

    @Override
    public <T> SelectQuery<R> leftJoin(Relationship<?, T> relationship, EntityModel<T> target) {
        return along(relationship, target, JoinKind.LEFT);
    }

    private SelectQuery<R> along(Relationship<?, ?> relationship, EntityModel<?> target, JoinKind kind) {
        Objects.requireNonNull(relationship, "relationship");
        if (!relationship.target().equals(target.type())) {
            throw new IllegalArgumentException("join: " + relationship + " leads to " + relationship.target().getName()
                    + ", not to " + target.type().getName());
        }
        return with(spec.withSource(new RelationshipSource(relationship, target, kind)));
    }

    @Override
    public SelectQuery<R> where(Condition condition) {
        return with(spec.withWhere(Objects.requireNonNull(condition, "condition")));
    }

    @Override
    public SelectQuery<R> groupBy(Expression<?>... expressions) {
        return with(spec.withGroupBy(List.of(expressions)));
    }

    @Override
    public SelectQuery<R> having(Condition condition) {
        return with(spec.withHaving(Objects.requireNonNull(condition, "condition")));
    }

    @Override
    public SelectQuery<R> distinct() {
        return with(spec.withDistinct());
    }

    @Override
    public SelectQuery<R> orderBy(SortKey... keys) {
        return with(spec.withOrder(List.of(keys)));
    }

    @Override
    public SelectQuery<R> limit(long rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("limit: " + rows + " is negative; give 0 or more rows");
        }
        return with(spec.withLimit(rows));
    }

    @Override
    public SelectQuery<R> offset(long rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("offset: " + rows + " is negative; give 0 or more rows");
        }
        return with(spec.withOffset(rows));
    }

    @Override
    public SelectQuery<R> union(SelectQuery<?> other) {
        return with(spec.withUnion(new UnionPart(false, ProjectionRenderer.specOf(other))));
    }

    @Override
    public SelectQuery<R> unionAll(SelectQuery<?> other) {
        return with(spec.withUnion(new UnionPart(true, ProjectionRenderer.specOf(other))));
    }

    @Override
    public SelectQuery<R> with(CommonTable... tables) {
        return with(spec.withCtes(List.of(tables)));
    }

    @Override
    public <X> SelectQuery<X> into(Class<X> type) {
        return new DefaultSelectQuery<>(engine, spec, ProjectionRows.into(Objects.requireNonNull(type, "type")));
    }

    @Override
    public SelectQuery<Tuple> asTuples() {
        return new DefaultSelectQuery<>(engine, spec, ProjectionRows.tuples());
    }

    @Override
    public DerivedTable as(String alias) {
        return new DerivedTable(this, alias);
    }

    @Override
    public Flux<R> fetch() {
        return Mono.fromSupplier(() -> new Prepared<>(ProjectionRenderer.render(spec, engine.database().dialect(),
                        engine.mapping()), ProjectionRows.factory(shape, spec.selection(), engine.mapping())))
                .flatMapMany(prepared -> prepared.sql().prepare(engine.database()).mapPerShape(prepared.rows()));
    }

    /** A rendered statement and how to read its rows. */
    private record Prepared<R>(RenderedSql sql, ProjectionRows<R> rows) {
    }

    @Override
    public Mono<R> one() {
        return limit(2).fetch().collectList().flatMap(found -> {
            if (found.size() > 1) {
                return Mono.error(new NonUniqueResultException("Expected at most one row but the query selects several."
                        + " Narrow the condition, or use first().", sql()));
            }
            return Mono.justOrEmpty(found.isEmpty() ? null : found.get(0));
        });
    }

    @Override
    public Mono<R> first() {
        return limit(1).fetch().next();
    }

    @Override
    public String sql() {
        return ProjectionRenderer.render(spec, engine.database().dialect(), engine.mapping()).text();
    }

    @Override
    public String toString() {
        return "SelectQuery" + spec.selection();
    }
}
