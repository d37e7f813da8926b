package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.RelationshipMetadata;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A session's flush: inserts ordered parents before children (by the owning to-one relationships between
 * the entity types: a type's rank is one more than the highest rank of the types it references), then the
 * updates of changed columns, then deletes children before parents. Statements run one after another on
 * the transaction's connection. Before a child is inserted, a reference to a parent that the flush replaced
 * by a copy (a record that took its generated key) is pointed at the copy.
 */
final class SessionFlush {

    private SessionFlush() {
    }

    static Mono<Void> run(DefaultSession session) {
        return Mono.defer(() -> {
            List<SessionEntry> entries = List.copyOf(session.entries());
            Map<Class<?>, Integer> ranks = new HashMap<>();
            Comparator<SessionEntry> parentsFirst = Comparator.comparingInt(entry -> rank(session, entry.metadata,
                    ranks, new HashSet<>()));
            List<SessionEntry> inserts = entries.stream().filter(entry -> entry.state == SessionEntry.State.NEW)
                    .sorted(parentsFirst).toList();
            List<SessionEntry> updates = entries.stream()
                    .filter(entry -> entry.state == SessionEntry.State.PERSISTENT).toList();
            List<SessionEntry> deletes = entries.stream().filter(entry -> entry.state == SessionEntry.State.REMOVED)
                    .sorted(parentsFirst.reversed()).toList();
            return Flux.concat(
                    Flux.fromIterable(inserts).concatMap(entry -> EntityWrites.insert(session.engine, session.templates,
                            entry.metadata, pointAtCopies(session, entry)).doOnNext(saved -> session.written(entry, saved))),
                    Flux.fromIterable(updates).concatMap(entry -> EntityWrites.update(session.engine, session.templates,
                            entry.metadata, entry.entity, entry.snapshot).doOnNext(saved -> session.written(entry, saved))),
                    Flux.fromIterable(deletes).concatMap(entry -> EntityWrites.delete(session.engine, session.templates,
                            entry.metadata, entry.entity).doOnNext(deleted -> session.deleted(entry))))
                    .then();
        });
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
