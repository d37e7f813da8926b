package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.RelationshipMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A session's flush: inserts ordered parents before children (by the owning to-one relationships between
 * the entity types: a type's rank is one more than the highest rank of the types it references), then the
 * updates of changed columns, then deletes children before parents. Every entity is validated before any
 * SQL. Consecutive writes of one statement (inserts of one type with the same columns, updates of the same
 * changed columns, deletes of one type) run as one batch ({@link WriteBatch}); batches run one after another
 * on the transaction's connection. The association rows of many-to-many lists follow the updates
 * ({@link AssociationWrites}); a removed owner's go before the deletes. Before a child is inserted, a reference to a parent that the flush replaced
 * by a copy (a record that took its generated key) is pointed at the copy.
 */
final class SessionFlush {

    private SessionFlush() {
    }

    static Mono<Void> run(DefaultSession session) {
        return Mono.defer(() -> {
            List<SessionEntry> entries = List.copyOf(session.entries());
            Map<Class<?>, Integer> ranks = new HashMap<>();
            Comparator<SessionEntry> parentsFirst = Comparator.comparingInt((SessionEntry entry) -> rank(session,
                    entry.metadata, ranks, new HashSet<>())).thenComparing(entry -> entry.metadata.type().getName());
            List<SessionEntry> inserts = entries.stream().filter(entry -> entry.state == SessionEntry.State.NEW)
                    .sorted(parentsFirst).toList();
            List<SessionEntry> updates = entries.stream()
                    .filter(entry -> entry.state == SessionEntry.State.PERSISTENT).toList();
            List<SessionEntry> deletes = entries.stream().filter(entry -> entry.state == SessionEntry.State.REMOVED)
                    .sorted(parentsFirst.reversed()).toList();
            // changed entities are validated before any SQL, new ones when planned (a type at a time, once the
            // parents they point at have their keys, which the validation of a required reference reads);
            // updates are planned after every insert
            for (SessionEntry entry : updates) {
                entry.metadata.validator().check(entry.entity);
            }
            return Flux.concat(
                    Flux.fromIterable(runsOfOneType(inserts)).concatMap(run -> Mono.defer(() -> batches(session, run,
                            plans(run, entry -> EntityWrites.planInsert(session.templates, entry.metadata,
                                    pointAtCopies(session, entry))), session::written))),
                    Mono.defer(() -> batches(session, updates, plans(updates, entry -> EntityWrites.planUpdate(
                            session.templates, entry.metadata, entry.entity, entry.snapshot)), session::written)),
                    AssociationWrites.changes(session, concat(inserts, updates)),
                    AssociationWrites.removals(session, deletes),
                    Mono.defer(() -> batches(session, deletes, plans(deletes, entry -> EntityWrites.planDelete(
                            session.templates, entry.metadata, entry.entity)), (entry, deleted) -> session.deleted(entry))))
                    .then();
        });
    }

    /**
     * The inserts cut into runs of one entity type (each run batched); a type that references itself is
     * inserted one entity at a time, so a child sees the key its parent just received.
     */
    private static List<List<SessionEntry>> runsOfOneType(List<SessionEntry> inserts) {
        List<List<SessionEntry>> runs = new ArrayList<>();
        List<SessionEntry> run = new ArrayList<>();
        for (SessionEntry entry : inserts) {
            boolean sameType = !run.isEmpty() && run.get(0).metadata == entry.metadata;
            if (!run.isEmpty() && (!sameType || referencesItself(entry.metadata))) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(entry);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static List<SessionEntry> concat(List<SessionEntry> first, List<SessionEntry> second) {
        List<SessionEntry> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private static boolean referencesItself(EntityMetadata<?> metadata) {
        for (RelationshipMetadata relationship : metadata.relationships()) {
            if (relationship.kind().isToOne() && relationship.isOwning() && relationship.target() == metadata.type()) {
                return true;
            }
        }
        return false;
    }

    private static List<EntityWrites.Planned<?>> plans(List<SessionEntry> entries,
                                                      Function<SessionEntry, EntityWrites.Planned<?>> planner) {
        List<EntityWrites.Planned<?>> plans = new ArrayList<>(entries.size());
        for (SessionEntry entry : entries) {
            plans.add(planner.apply(entry));
        }
        return plans;
    }

    /** Runs the plans, consecutive ones of one statement as one batch, and hands each result to its entry. */
    private static Mono<Void> batches(DefaultSession session, List<SessionEntry> entries,
                                      List<EntityWrites.Planned<?>> plans, BiConsumer<SessionEntry, Object> done) {
        List<int[]> groups = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= plans.size(); i++) {
            if (i == plans.size() || !plans.get(i).sameStatement(plans.get(start))) {
                groups.add(new int[] {start, i});
                start = i;
            }
        }
        return Flux.fromIterable(groups).concatMap(group -> WriteBatch.run(session.engine,
                        plans.subList(group[0], group[1])).doOnNext(written -> {
                            for (int i = 0; i < written.size(); i++) {
                                done.accept(entries.get(group[0] + i), written.get(i));
                            }
                        }))
                .then();
    }

    /** The type's depth in the graph of owning to-one references (cycles and self-references count 0). */
    private static int rank(DefaultSession session, EntityMetadata<?> metadata, Map<Class<?>, Integer> ranks,
                            Set<Class<?>> visiting) {
        Integer known = ranks.get(metadata.type());
        if (known != null) {
            return known;
        }
        if (!visiting.add(metadata.type())) {
            return 0;
        }
        int rank = 0;
        for (RelationshipMetadata relationship : metadata.relationships()) {
            if (relationship.kind().isToOne() && relationship.isOwning() && relationship.target() != metadata.type()) {
                rank = Math.max(rank, 1 + rank(session, session.engine.mapping().entity(relationship.target()), ranks,
                        visiting));
            }
        }
        visiting.remove(metadata.type());
        ranks.put(metadata.type(), rank);
        return rank;
    }

    /** The entry's entity with each loaded to-one reference pointing at the newest instance of its target. */
    private static Object pointAtCopies(DefaultSession session, SessionEntry entry) {
        Object entity = entry.entity;
        for (RelationshipMetadata relationship : entry.metadata.relationships()) {
            if (relationship.kind().isToOne() && relationship.isOwning()
                    && entry.metadata.accessor().relationshipValue(entity, relationship.propertyIndex()) instanceof Ref<?> ref
                    && ref.isLoaded() && ref.get() != null) {
                Object target = ref.get();
                Object newest = session.latest(target);
                if (newest != target) {
                    entity = entry.metadata.accessor().withRelationshipValue(entity, relationship.propertyIndex(),
                            Ref.of(newest));
                }
            }
        }
        return entity;
    }
}
