package dev.quicksilver.query.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.mapping.model.RelationshipPath;
import dev.quicksilver.query.DeleteStatement;
import dev.quicksilver.query.EntityQuery;
import dev.quicksilver.query.InsertStatement;
import dev.quicksilver.query.Quicksilver;
import dev.quicksilver.query.RawQuery;
import dev.quicksilver.query.SelectQuery;
import dev.quicksilver.query.Tuple;
import dev.quicksilver.query.UpdateStatement;
import java.util.List;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The entry point: a database and a mapping context, with the caches built from them (entity row
 * readers, statements per shape).
 */
record DefaultQuicksilver(Database database, MappingContext mapping, RowReaders rowReaders, StatementShapes shapes)
        implements Quicksilver {

    DefaultQuicksilver(Database database, MappingContext mapping) {
        this(database, mapping, new RowReaders(), new StatementShapes());
    }

    @Override
    public <E> EntityQuery<E> select(EntityModel<E> entity) {
        Objects.requireNonNull(entity, "entity");
        return new DefaultEntityQuery<>(this, SelectSpec.of(entity, mapping.entity(entity.type())));
    }

    @Override
    public <E> UpdateStatement<E> update(EntityModel<E> entity) {
        return CriteriaWrites.update(this, Objects.requireNonNull(entity, "entity"));
    }

    @Override
    public <E> DeleteStatement<E> delete(EntityModel<E> entity) {
        return CriteriaWrites.delete(this, Objects.requireNonNull(entity, "entity"));
    }

    @Override
    public <E> InsertStatement<E> insertInto(EntityModel<E> entity) {
        return RowInsert.of(this, Objects.requireNonNull(entity, "entity"));
    }

    @Override
    public <E> Mono<E> insert(E entity) {
        return Mono.defer(() -> EntityWrites.insert(this, new WriteTemplates(this), EntityWrites.metadataOf(this, entity),
                entity));
    }

    @Override
    public <E> Mono<E> update(E entity) {
        return Mono.defer(() -> EntityWrites.update(this, new WriteTemplates(this), EntityWrites.metadataOf(this, entity),
                entity, null));
    }

    @Override
    public <E> Mono<E> delete(E entity) {
        return Mono.defer(() -> EntityWrites.delete(this, new WriteTemplates(this), EntityWrites.metadataOf(this, entity),
                entity));
    }

    @Override
    public <T> Flux<T> inSession(java.util.function.Function<? super dev.quicksilver.query.Session,
            ? extends org.reactivestreams.Publisher<T>> work) {
        Objects.requireNonNull(work, "work");
        return database.inTransaction(transaction -> DefaultSession.run(this, work));
    }

    @Override
    public <E> Mono<E> load(E entity, RelationshipPath<E, ?> path) {
        Objects.requireNonNull(entity, "entity");
        return loadAll(List.of(entity), path).single();
    }

    @Override
    public <E> Flux<E> loadAll(List<E> entities, RelationshipPath<E, ?> path) {
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(path, "path");
        return Flux.defer(() -> {
            EntityMetadata<E> metadata = metadataOf(path);
            for (E entity : entities) {
                if (!metadata.type().isInstance(entity)) {
                    return Flux.error(new IllegalArgumentException("The path " + path + " starts at "
                            + metadata.type().getSimpleName() + ", but an entity given is a "
                            + entity.getClass().getName() + ". Load paths of the entities' own type."));
                }
            }
            return RelationshipLoader.attach(this, metadata, List.of(path), SelectSpec.DEFAULT_WINDOW,
                    Flux.fromIterable(entities));
        });
    }

    @SuppressWarnings("unchecked")
    private <E> EntityMetadata<E> metadataOf(RelationshipPath<E, ?> path) {
        return (EntityMetadata<E>) mapping.entity(path.steps().get(0).entity().type());
    }

    @Override
    public <T> RawQuery<T> sql(String sql, Class<T> type) {
        return new DefaultRawQuery<>(this, database.sql(Objects.requireNonNull(sql, "sql")),
                Objects.requireNonNull(type, "type"));
    }

    @Override
    public <T> SelectQuery<T> select(Expression<T> expression) {
        return new DefaultSelectQuery<>(this, ProjectionSpec.of(List.of(Objects.requireNonNull(expression, "expression"))),
                ProjectionRows.single());
    }

    @Override
    public SelectQuery<Tuple> select(Expression<?>... expressions) {
        return new DefaultSelectQuery<>(this, ProjectionSpec.of(List.of(expressions)), ProjectionRows.tuples());
    }

    @Override
    public String toString() {
        return "Quicksilver[" + database + "]";
    }
}
