package dev.quicksilver.query.internal;

import dev.quicksilver.core.dialect.LockMode;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.model.Condition;
import dev.quicksilver.mapping.model.RelationshipPath;
import dev.quicksilver.mapping.model.SortKey;
import dev.quicksilver.query.EntityQuery;
import dev.quicksilver.query.LoadStrategy;
import dev.quicksilver.query.Page;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An entity query of a session: builds like any {@link EntityQuery}; its results go through the session's
 * identity map (a row already registered comes back as the registered object) and are read to the end
 * before they are emitted, as one session operation.
 */
record TrackedQuery<E>(EntityQuery<E> query, EntityMetadata<E> metadata, DefaultSession session) implements EntityQuery<E> {

    private EntityQuery<E> with(EntityQuery<E> changed) {
        return new TrackedQuery<>(changed, metadata, session);
    }

    private List<E> track(List<E> loaded) {
        return loaded.stream().map(entity -> session.track(metadata, entity)).toList();
    }

    private String name(String operation) {
        return "select(" + metadata.type().getSimpleName() + ")." + operation;
    }

    @Override
    public EntityQuery<E> where(Condition condition) {
        return with(query.where(condition));
    }

    @Override
    public EntityQuery<E> bind(String name, @org.jspecify.annotations.Nullable Object value) {
        return with(query.bind(name, value));
    }

    @Override
    public EntityQuery<E> orderBy(SortKey... keys) {
        return with(query.orderBy(keys));
    }

    @Override
    public EntityQuery<E> orderBy(List<SortKey> keys) {
        return with(query.orderBy(keys));
    }

    @Override
    public EntityQuery<E> limit(long rows) {
        return with(query.limit(rows));
    }

    @Override
    public EntityQuery<E> offset(long rows) {
        return with(query.offset(rows));
    }

    @Override
    public EntityQuery<E> load(RelationshipPath<E, ?> path) {
        return with(query.load(path));
    }

    @Override
    public EntityQuery<E> load(RelationshipPath<E, ?> path, LoadStrategy strategy) {
        return with(query.load(path, strategy));
    }

    @Override
    public EntityQuery<E> after(E last) {
        return with(query.after(last));
    }

    @Override
    public EntityQuery<E> loadWindow(int parents) {
        return with(query.loadWindow(parents));
    }

    @Override
    public EntityQuery<E> lock(LockMode mode) {
        return with(query.lock(mode));
    }

    @Override
    public Flux<List<E>> pages(int size) {
        return session.guarded(name("pages()"), () -> query.pages(size).map(this::track).collectList())
                .flatMapIterable(pages -> pages);
    }

    @Override
    public Flux<E> fetchInPages(int size) {
        return pages(size).flatMapIterable(page -> page);
    }

    @Override
    public Mono<Page<E>> page(long number, int size) {
        return session.guarded(name("page()"), () -> query.page(number, size)
                .map(page -> new Page<>(track(page.content()), page.number(), page.size(), page.total())));
    }

    @Override
    public Flux<E> fetch() {
        return session.guarded(name("fetch()"), () -> query.fetch().collectList().map(this::track))
                .flatMapIterable(entities -> entities);
    }

    @Override
    public Mono<E> one() {
        return session.guarded(name("one()"), () -> query.one().map(entity -> session.track(metadata, entity)));
    }

    @Override
    public Mono<E> first() {
        return session.guarded(name("first()"), () -> query.first().map(entity -> session.track(metadata, entity)));
    }

    @Override
    public Mono<Long> count() {
        return session.guarded(name("count()"), query::count);
    }

    @Override
    public Mono<Boolean> exists() {
        return session.guarded(name("exists()"), query::exists);
    }

    @Override
    public String sql() {
        return query.sql();
    }
}
