package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.RefList;
import dev.quicksilver.mapping.metadata.EntityAccessor;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.model.RelationshipPath;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Select-in loading: parents are taken in windows; for each window, each planned relationship is
 * loaded with one statement (targets of every parent in the window), its own plans are loaded into
 * those targets the same way (one statement per level), and the targets are attached to the parents
 * (records are copied, mutable objects set). A window is emitted before the next is read, so a large
 * result streams with backpressure. Inside a transaction the parents are read to the end first: the
 * transaction's one connection cannot start a statement while another's rows are still arriving.
 */
final class RelationshipLoader {

    private final DefaultQuicksilver engine;

    private RelationshipLoader(DefaultQuicksilver engine) {
        this.engine = engine;
    }

    static <E> Flux<E> attach(DefaultQuicksilver engine, SelectSpec<E> spec, Flux<E> parents) {
        return attach(engine, spec.metadata(), spec.loads(), spec.window(), parents);
    }

    /**
     * Loads the paths into entities from any source (a query, or entities already in hand), in their
     * order, a window at a time.
     */
    static <E> Flux<E> attach(DefaultQuicksilver engine, EntityMetadata<E> metadata,
                              List<? extends RelationshipPath<E, ?>> paths, int window, Flux<E> parents) {
        return Flux.deferContextual(context -> {
            List<LoadPlan> plans = LoadPlan.of(metadata, paths, engine.mapping());
            RelationshipLoader loader = new RelationshipLoader(engine);
            Flux<List<E>> windows = engine.database().inTransaction(context)
                    ? parents.collectList().flatMapIterable(all -> partition(all, window))
                    : parents.buffer(window);
            return windows.concatMap(part -> loader.load(metadata, plans, part), 1)
                    .flatMapIterable(loaded -> loaded);
        });
    }

    private static <T> List<List<T>> partition(List<T> all, int size) {
        List<List<T>> parts = new ArrayList<>();
        for (int start = 0; start < all.size(); start += size) {
            parts.add(all.subList(start, Math.min(all.size(), start + size)));
        }
        return parts;
    }

    /** Loads every plan into the parents, one after another. */
    private <P> Mono<List<P>> load(EntityMetadata<P> parent, List<LoadPlan> plans, List<P> parents) {
        Mono<List<P>> loaded = Mono.just(parents);
        for (LoadPlan plan : plans) {
            loaded = loaded.flatMap(current -> loadOne(parent, plan, current));
        }
        return loaded;
    }

    private <P> Mono<List<P>> loadOne(EntityMetadata<P> parent, LoadPlan plan, List<P> parents) {
        RelationshipFetch fetch = RelationshipFetch.of(plan, type -> engine.mapping().entity(type));
        EntityAccessor<P> accessor = parent.accessor();
        int keyIndex = fetch.parentKey().propertyIndex();
        Set<Object> keys = new LinkedHashSet<>();
        for (P entity : parents) {
            Object key = accessor.columnValue(entity, keyIndex);
            if (key != null) {
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            return Mono.just(attach(parent, plan, keyIndex, parents, Map.of()));
        }
        RenderedSql sql = fetch.render(List.copyOf(keys), new SqlWriter(engine.database().dialect(), engine.mapping()));
        return sql.prepare(engine.database()).mapPerShape(fetch.rows(engine.rowReaders())).collectList()
                .flatMap(rows -> withTheirOwn(plan, rows))
                .map(rows -> {
                    Map<Object, List<Object>> byKey = new LinkedHashMap<>();
                    for (RelationshipFetch.Keyed row : rows) {
                        byKey.computeIfAbsent(row.key(), key -> new ArrayList<>()).add(row.target());
                    }
                    return attach(parent, plan, keyIndex, parents, byKey);
                });
    }

    /** Loads the targets' own plans into the distinct targets, then puts the loaded ones in the rows. */
    @SuppressWarnings("unchecked")
    private Mono<List<RelationshipFetch.Keyed>> withTheirOwn(LoadPlan plan, List<RelationshipFetch.Keyed> rows) {
        if (plan.children().isEmpty() || rows.isEmpty()) {
            return Mono.just(rows);
        }
        Map<Object, Integer> positions = new IdentityHashMap<>();
        List<Object> distinct = new ArrayList<>();
        for (RelationshipFetch.Keyed row : rows) {
            if (positions.putIfAbsent(row.target(), distinct.size()) == null) {
                distinct.add(row.target());
            }
        }
        EntityMetadata<Object> target = (EntityMetadata<Object>) plan.target();
        return load(target, plan.children(), distinct).map(loaded -> {
            List<RelationshipFetch.Keyed> replaced = new ArrayList<>(rows.size());
            for (RelationshipFetch.Keyed row : rows) {
                replaced.add(new RelationshipFetch.Keyed(row.key(), loaded.get(positions.get(row.target()))));
            }
            return replaced;
        });
    }

    private static <P> List<P> attach(EntityMetadata<P> parent, LoadPlan plan, int keyIndex, List<P> parents,
                                      Map<Object, List<Object>> byKey) {
        EntityAccessor<P> accessor = parent.accessor();
        int relationship = plan.relationship().propertyIndex();
        boolean toOne = plan.relationship().kind().isToOne();
        List<P> attached = new ArrayList<>(parents.size());
        for (P entity : parents) {
            Object key = accessor.columnValue(entity, keyIndex);
            List<Object> targets = key == null ? List.of() : byKey.getOrDefault(key, List.of());
            Object value = toOne ? (targets.isEmpty() ? Ref.none() : Ref.of(targets.get(0))) : RefList.of(targets);
            attached.add(accessor.withRelationshipValue(entity, relationship, value));
        }
        return attached;
    }
}
