package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.RefList;
import dev.quicksilver.mapping.annotation.Cascade;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.RelationshipMetadata;
import dev.quicksilver.mapping.model.Column;
import dev.quicksilver.mapping.model.Condition;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.query.EntityQuery;
import dev.quicksilver.query.Session;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The unit of work: an identity map by type and id, snapshots for dirty tracking, and the entities to
 * insert and delete; {@link SessionFlush} writes them. One operation at a time, enforced by {@link #busy}: an
 * operation holds it from subscription until just before it emits (so a {@code flatMap} chaining the next
 * operation finds it free), and a concurrent call fails with an {@link IllegalStateException}.
 */
final class DefaultSession implements Session {

    /** The Reactor Context key the running session is stored under. */
    static final Object CONTEXT_KEY = DefaultSession.class;

    /** An entity's identity: its type and id values. */
    private record Key(Class<?> type, List<@Nullable Object> id) {
    }

    final DefaultQuicksilver engine;
    final WriteTemplates templates;
    private final Map<Key, SessionEntry> byKey = new HashMap<>();
    private final Map<Object, SessionEntry> byObject = new IdentityHashMap<>();
    private final List<SessionEntry> entries = new ArrayList<>();
    /** Objects replaced by a newer instance (record copies): old → new. */
    private final Map<Object, Object> replaced = new IdentityHashMap<>();
    private final AtomicReference<@Nullable Object> busy = new AtomicReference<>();
    private volatile String operation = "";
    private volatile @Nullable String unusable;

    private DefaultSession(DefaultQuicksilver engine) {
        this.engine = engine;
        this.templates = new WriteTemplates(engine);
    }

    /** Runs work with a new session: its elements are collected, the session flushed, then they are emitted. */
    static <T> Flux<T> run(DefaultQuicksilver engine, Function<? super Session, ? extends Publisher<T>> work) {
        return Flux.defer(() -> {
            DefaultSession session = new DefaultSession(engine);
            return Flux.<T>from(work.apply(session)).collectList()
                    .flatMapMany(items -> session.flush().thenMany(Flux.fromIterable(items).map(session::latest)))
                    .doFinally(signal -> session.unusable = "its inSession(…) has ended")
                    .contextWrite(context -> context.put(CONTEXT_KEY, session));
        });
    }

    @Override
    public <E> Mono<E> find(EntityModel<E> entity, Object id) {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(id, "id");
        return guarded("find(" + entity.type().getSimpleName() + ", " + id + ")", () -> {
            EntityMetadata<E> metadata = engine.mapping().entity(entity.type());
            List<ColumnMetadata> ids = metadata.idColumns();
            List<?> values = ids.size() == 1 ? List.of(id) : id instanceof List<?> list ? list : List.of();
            if (ids.isEmpty() || values.size() != ids.size()) {
                return Mono.error(new IllegalArgumentException("find(" + entity.type().getSimpleName() + ", " + id
                        + "): give the id's value" + (ids.size() > 1 ? "s as a List, in key order (" + ids.size()
                        + " columns)" : "") + "."));
            }
            SessionEntry known = byKey.get(new Key(metadata.type(), new ArrayList<>(values)));
            if (known != null) {
                return known.state == SessionEntry.State.REMOVED ? Mono.empty() : Mono.just(entity.type().cast(known.entity));
            }
            Condition condition = null;
            for (int i = 0; i < ids.size(); i++) {
                Column<E, Object> column = entity.column(ids.get(i).propertyPath());
                Condition equal = column.eq(values.get(i));
                condition = condition == null ? equal : condition.and(equal);
            }
            return engine.select(entity).where(Objects.requireNonNull(condition)).one()
                    .map(found -> track(metadata, found));
        });
    }

    @Override
    public <E> EntityQuery<E> select(EntityModel<E> entity) {
        return new TrackedQuery<>(engine.select(Objects.requireNonNull(entity, "entity")),
                engine.mapping().entity(entity.type()), this);
    }

    @Override
    public <E> E add(E entity) {
        Objects.requireNonNull(entity, "entity");
        checkIdle("add(" + entity.getClass().getSimpleName() + ")");
        cascading(entity, Cascade.ADD, Collections.newSetFromMap(new IdentityHashMap<>()));
        return entity;
    }

    @Override
    public void remove(Object entity) {
        Objects.requireNonNull(entity, "entity");
        checkIdle("remove(" + entity.getClass().getSimpleName() + ")");
        cascading(entity, Cascade.REMOVE, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * Applies the operation to the entity and, along the relationships that declare it, to the related entities
     * loaded in it (children first for a remove); each object once.
     */
    private void cascading(Object entity, Cascade operation, Set<Object> visited) {
        if (!visited.add(entity)) {
            return;
        }
        EntityMetadata<Object> metadata = EntityWrites.metadataOf(engine, entity);
        if (operation == Cascade.ADD) {
            addOne(entity);
        }
        for (RelationshipMetadata relationship : metadata.relationships()) {
            if (!relationship.cascades(operation)) {
                continue;
            }
            Object value = metadata.accessor().relationshipValue(entity, relationship.propertyIndex());
            if (value instanceof RefList<?> list && list.isLoaded()) {
                for (Object related : list.get()) {
                    cascading(related, operation, visited);
                }
            } else if (value instanceof Ref<?> ref && ref.isLoaded() && ref.get() != null) {
                cascading(ref.get(), operation, visited);
            }
        }
        if (operation == Cascade.REMOVE) {
            removeOne(entity);
        }
    }

    @SuppressWarnings("unchecked")
    private <E> void addOne(E entity) {
        SessionEntry entry = byObject.get(entity);
        if (entry != null) {
            if (entry.state == SessionEntry.State.REMOVED) {
                entry.state = SessionEntry.State.PERSISTENT;
            }
            return;
        }
        EntityMetadata<Object> metadata = (EntityMetadata<Object>) EntityWrites.metadataOf(engine, entity);
        Key key = keyOf(metadata, entity);
        SessionEntry known = key == null ? null : byKey.get(key);
        if (known != null) {
            replace(known, entity);
            if (known.state == SessionEntry.State.REMOVED) {
                known.state = SessionEntry.State.PERSISTENT;
            }
            return;
        }
        register(new SessionEntry(metadata, entity, null, SessionEntry.State.NEW), key);
    }

    private void removeOne(Object entity) {
        SessionEntry entry = byObject.get(entity);
        EntityMetadata<Object> metadata = EntityWrites.metadataOf(engine, entity);
        Key key = keyOf(metadata, entity);
        if (entry == null && key != null) {
            entry = byKey.get(key);
        }
        if (entry == null) {
            register(new SessionEntry(metadata, entity, EntityWrites.values(metadata, entity),
                    SessionEntry.State.REMOVED), key);
        } else if (entry.state == SessionEntry.State.NEW) {
            forget(entry, key);
        } else {
            replace(entry, entity);
            entry.state = SessionEntry.State.REMOVED;
        }
    }

    @Override
    public boolean contains(Object entity) {
        SessionEntry entry = byObject.get(entity);
        return entry != null && entry.state != SessionEntry.State.REMOVED;
    }

    @Override
    public Mono<Void> flush() {
        return guarded("flush()", () -> SessionFlush.run(this).doOnError(error -> unusable = "a flush failed ("
                + error.getClass().getSimpleName() + "); its transaction rolls back. Start a new inSession(…)"));
    }

    /** Registers a loaded entity, or returns the one already registered for its row. */
    <E> E track(EntityMetadata<E> metadata, E loaded) {
        Key key = keyOf(metadata, loaded);
        SessionEntry known = key == null ? null : byKey.get(key);
        if (known != null) {
            return metadata.type().cast(known.entity);
        }
        @SuppressWarnings("unchecked")
        EntityMetadata<Object> erased = (EntityMetadata<Object>) metadata;
        SessionEntry entry = new SessionEntry(erased, loaded, EntityWrites.values(metadata, loaded),
                SessionEntry.State.PERSISTENT);
        entry.associations = AssociationWrites.snapshot(this, metadata, loaded);
        register(entry, key);
        return loaded;
    }

    /** The entries, in the order they were registered. */
    List<SessionEntry> entries() {
        return entries;
    }

    /** After an insert or update: the entity as written is the new state, its values the new snapshot. */
    void written(SessionEntry entry, Object entity) {
        replace(entry, entity);
        entry.snapshot = EntityWrites.values(entry.metadata, entity);
        if (entry.state == SessionEntry.State.NEW) {
            entry.state = SessionEntry.State.PERSISTENT;
            Key key = keyOf(entry.metadata, entity);
            if (key != null) {
                byKey.put(key, entry);
            }
        }
    }

    /** After a delete: the entity is no longer in the session. */
    void deleted(SessionEntry entry) {
        forget(entry, keyOf(entry.metadata, entry.entity));
    }

    /** The newest instance of an object the session replaced (a record copied to take a generated key). */
    @SuppressWarnings("unchecked")
    <T> T latest(T object) {
        Object current = object;
        for (Object next = replaced.get(current); next != null; next = replaced.get(current)) {
            current = next;
        }
        return (T) current;
    }

    private void register(SessionEntry entry, @Nullable Key key) {
        entries.add(entry);
        byObject.put(entry.entity, entry);
        if (key != null) {
            byKey.put(key, entry);
        }
    }

    private void forget(SessionEntry entry, @Nullable Key key) {
        entries.remove(entry);
        byObject.remove(entry.entity);
        if (key != null && byKey.get(key) == entry) {
            byKey.remove(key);
        }
    }

    private void replace(SessionEntry entry, Object entity) {
        if (entry.entity != entity) {
            byObject.remove(entry.entity);
            replaced.put(entry.entity, entity);
            entry.entity = entity;
            byObject.put(entity, entry);
        }
    }

    private static @Nullable Key keyOf(EntityMetadata<?> metadata, Object entity) {
        List<ColumnMetadata> ids = metadata.idColumns();
        if (ids.isEmpty()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        EntityMetadata<Object> erased = (EntityMetadata<Object>) metadata;
        @Nullable Object[] values = new Object[ids.size()];
        for (int i = 0; i < values.length; i++) {
            ColumnMetadata column = ids.get(i);
            values[i] = erased.accessor().columnValue(entity, column.propertyIndex());
            if (EntityWrites.unset(column, values[i])) {
                return null;
            }
        }
        return new Key(metadata.type(), Arrays.asList(values));
    }

    /** Runs one operation, holding the session until just before it emits; refuses when another holds it. */
    <T> Mono<T> guarded(String name, Supplier<Mono<T>> work) {
        return Mono.defer(() -> {
            Object token = new Object();
            IllegalStateException refused = refusal(name, token);
            if (refused != null) {
                return Mono.error(refused);
            }
            Runnable release = () -> busy.compareAndSet(token, null);
            return work.get().doOnSuccess(value -> release.run()).doOnError(error -> release.run())
                    .doOnCancel(release);
        });
    }

    private void checkIdle(String name) {
        Object token = new Object();
        IllegalStateException refused = refusal(name, token);
        if (refused != null) {
            throw refused;
        }
        busy.compareAndSet(token, null);
    }

    private @Nullable IllegalStateException refusal(String name, Object token) {
        String reason = unusable;
        if (reason != null) {
            return new IllegalStateException("The session refuses " + name + ": " + reason + ".");
        }
        if (!busy.compareAndSet(null, token)) {
            return new IllegalStateException("The session is busy with " + operation + " and refuses " + name
                    + ": a session runs one operation at a time. Chain the next operation after the previous one"
                    + " completes (flatMap, then, concatMap), not beside it (zip, merge, a parallel flatMap).");
        }
        operation = name;
        return null;
    }
}
