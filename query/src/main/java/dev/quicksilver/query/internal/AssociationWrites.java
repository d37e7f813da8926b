package dev.quicksilver.query.internal;

import dev.quicksilver.core.Sql;
import dev.quicksilver.mapping.RefList;
import dev.quicksilver.mapping.metadata.ColumnCodec;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.JoinColumnMetadata;
import dev.quicksilver.mapping.metadata.JoinTableMetadata;
import dev.quicksilver.mapping.metadata.RelationshipKind;
import dev.quicksilver.mapping.metadata.RelationshipMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The association rows of many-to-many relationships in a session's flush. For each owning many-to-many
 * relationship whose {@code RefList} is loaded, the session keeps the keys of its targets as last read or
 * written ({@link #snapshot}); the flush inserts the pairs that appeared and deletes those that went, each
 * kind as one batch per association table. A list that was not loaded when the owner was read, and is
 * loaded now, replaces the owner's rows (all deleted, the list inserted). A removed owner's rows are deleted
 * before the owner. A list left unloaded is never touched.
 */
final class AssociationWrites {

    private AssociationWrites() {
    }

    /** Target keys per owning many-to-many relationship (by property index) whose list is loaded. */
    static Map<Integer, Set<List<Object>>> snapshot(DefaultSession session, EntityMetadata<?> metadata, Object entity) {
        Map<Integer, Set<List<Object>>> keys = new HashMap<>();
        for (RelationshipMetadata relationship : owningManyToMany(metadata)) {
            Set<List<Object>> targets = targetKeys(session, metadata, entity, relationship);
            if (targets != null) {
                keys.put(relationship.propertyIndex(), targets);
            }
        }
        return keys;
    }

    private static List<RelationshipMetadata> owningManyToMany(EntityMetadata<?> metadata) {
        List<RelationshipMetadata> owning = new ArrayList<>();
        for (RelationshipMetadata relationship : metadata.relationships()) {
            if (relationship.kind() == RelationshipKind.MANY_TO_MANY && relationship.joinTable() != null) {
                owning.add(relationship);
            }
        }
        return owning;
    }

    /** The keys of a loaded list's targets (each the newest copy the session knows), or null when unloaded. */
    private static @Nullable Set<List<Object>> targetKeys(DefaultSession session, EntityMetadata<?> metadata,
                                                         Object entity, RelationshipMetadata relationship) {
        Object value = erased(metadata).accessor().relationshipValue(entity, relationship.propertyIndex());
        if (!(value instanceof RefList<?> list) || !list.isLoaded()) {
            return null;
        }
        EntityMetadata<Object> target = erased(session.engine.mapping().entity(relationship.target()));
        JoinTableMetadata table = java.util.Objects.requireNonNull(relationship.joinTable());
        Set<List<Object>> keys = new LinkedHashSet<>();
        for (Object element : list.get()) {
            Object newest = session.latest(element);
            List<Object> key = key(target, newest, table.targetColumns());
            if (key == null) {
                throw new IllegalStateException(metadata.type().getSimpleName() + "." + relationship.property()
                        + " holds a " + target.type().getSimpleName() + " without a key: add it to the session (it"
                        + " is inserted first) or save it before the flush.");
            }
            keys.add(key);
        }
        return keys;
    }

    /** The values of the referenced columns, in join-column order; null when one is unset. */
    private static @Nullable List<Object> key(EntityMetadata<Object> metadata, Object entity,
                                              List<JoinColumnMetadata> columns) {
        List<Object> key = new ArrayList<>(columns.size());
        for (JoinColumnMetadata join : columns) {
            ColumnMetadata column = metadata.column(join.referencedColumn()).orElseThrow(() -> new IllegalStateException(
                    "No column " + join.referencedColumn() + " in " + metadata.type().getSimpleName()));
            Object value = metadata.accessor().columnValue(entity, column.propertyIndex());
            if (EntityWrites.unset(column, value)) {
                return null;
            }
            key.add(ColumnCodec.of(column).toStored(java.util.Objects.requireNonNull(value)));
        }
        return key;
    }

    @SuppressWarnings("unchecked")
    private static EntityMetadata<Object> erased(EntityMetadata<?> metadata) {
        return (EntityMetadata<Object>) metadata;
    }

    /** Pair changes of the entries (new or persistent, after their own writes); snapshots renewed after. */
    static Mono<Void> changes(DefaultSession session, List<SessionEntry> entries) {
        return Mono.defer(() -> {
            Map<String, Batch> deletes = new java.util.LinkedHashMap<>();
            Map<String, Batch> inserts = new java.util.LinkedHashMap<>();
            Map<String, Batch> clears = new java.util.LinkedHashMap<>();
            List<Runnable> renewals = new ArrayList<>();
            for (SessionEntry entry : entries) {
                List<RelationshipMetadata> relationships = owningManyToMany(entry.metadata);
                if (relationships.isEmpty()) {
                    continue;
                }
                Map<Integer, Set<List<Object>>> current = snapshot(session, entry.metadata, entry.entity);
                Map<Integer, Set<List<Object>>> previous = entry.associations;
                List<Object> owner = null;
                for (RelationshipMetadata relationship : relationships) {
                    Set<List<Object>> now = current.get(relationship.propertyIndex());
                    if (now == null) {
                        continue;
                    }
                    JoinTableMetadata table = java.util.Objects.requireNonNull(relationship.joinTable());
                    if (owner == null) {
                        owner = ownerKey(entry, table);
                    }
                    Set<List<Object>> before = previous == null ? null : previous.get(relationship.propertyIndex());
                    if (before == null && entry.snapshot != null) {
                        // read unloaded, assigned since: the list replaces the owner's rows
                        clears.computeIfAbsent(table.table().toString(), name -> new Batch(table, Kind.CLEAR))
                                .rows.add(owner.toArray());
                        before = Set.of();
                    } else if (before == null) {
                        before = Set.of();
                    }
                    for (List<Object> target : before) {
                        if (!now.contains(target)) {
                            deletes.computeIfAbsent(table.table().toString(), name -> new Batch(table, Kind.DELETE))
                                    .rows.add(pair(owner, target));
                        }
                    }
                    for (List<Object> target : now) {
                        if (!before.contains(target)) {
                            inserts.computeIfAbsent(table.table().toString(), name -> new Batch(table, Kind.INSERT))
                                    .rows.add(pair(owner, target));
                        }
                    }
                }
                renewals.add(() -> entry.associations = current);
            }
            return Flux.concat(run(session, clears.values()), run(session, deletes.values()),
                            run(session, inserts.values()))
                    .then(Mono.fromRunnable(() -> renewals.forEach(Runnable::run)));
        });
    }

    /** Deletes the association rows of removed owners (before the owners themselves). */
    static Mono<Void> removals(DefaultSession session, List<SessionEntry> removed) {
        return Mono.defer(() -> {
            Map<String, Batch> clears = new java.util.LinkedHashMap<>();
            for (SessionEntry entry : removed) {
                for (RelationshipMetadata relationship : owningManyToMany(entry.metadata)) {
                    JoinTableMetadata table = java.util.Objects.requireNonNull(relationship.joinTable());
                    clears.computeIfAbsent(table.table().toString(), name -> new Batch(table, Kind.CLEAR))
                            .rows.add(ownerKey(entry, table).toArray());
                }
            }
            return run(session, clears.values());
        });
    }

    private static List<Object> ownerKey(SessionEntry entry, JoinTableMetadata table) {
        List<Object> owner = key(entry.metadata, entry.entity, table.ownerColumns());
        if (owner == null) {
            throw new IllegalStateException(entry.metadata.type().getSimpleName() + " has no key yet: its association"
                    + " rows in " + table.table() + " need it.");
        }
        return owner;
    }

    private static Object[] pair(List<Object> owner, List<Object> target) {
        Object[] pair = new Object[owner.size() + target.size()];
        for (int i = 0; i < owner.size(); i++) {
            pair[i] = owner.get(i);
        }
        for (int i = 0; i < target.size(); i++) {
            pair[owner.size() + i] = target.get(i);
        }
        return pair;
    }

    private enum Kind { INSERT, DELETE, CLEAR }

    /** The rows of one statement on one association table. */
    private record Batch(JoinTableMetadata table, Kind kind, List<Object[]> rows) {
        Batch(JoinTableMetadata table, Kind kind) {
            this(table, kind, new ArrayList<>());
        }
    }

    private static Mono<Void> run(DefaultSession session, java.util.Collection<Batch> batches) {
        return Flux.fromIterable(batches).concatMap(batch -> statement(session, batch).rowCounts()).then();
    }

    private static Sql statement(DefaultSession session, Batch batch) {
        SqlWriter out = new SqlWriter(session.engine.database().dialect(), session.engine.mapping());
        JoinTableMetadata table = batch.table();
        List<JoinColumnMetadata> columns = new ArrayList<>(table.ownerColumns());
        if (batch.kind() != Kind.CLEAR) {
            columns.addAll(table.targetColumns());
        }
        Function<Integer, String> marker = i -> ":p" + (i + 1);
        if (batch.kind() == Kind.INSERT) {
            out.append("INSERT INTO ").append(table.table().render(out.dialect()));
            for (int i = 0; i < columns.size(); i++) {
                out.append(i == 0 ? " (" : ", ").identifier(columns.get(i).column());
            }
            out.append(") VALUES (");
            for (int i = 0; i < columns.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(marker.apply(i));
            }
            out.append(')');
        } else {
            out.append("DELETE FROM ").append(table.table().render(out.dialect()));
            for (int i = 0; i < columns.size(); i++) {
                out.append(i == 0 ? " WHERE " : " AND ").identifier(columns.get(i).column()).append(" = ")
                        .append(marker.apply(i));
            }
        }
        Sql sql = session.engine.database().sql(out.toString());
        for (int row = 0; row < batch.rows().size(); row++) {
            if (row > 0) {
                sql = sql.add();
            }
            Object[] values = batch.rows().get(row);
            for (int i = 0; i < values.length; i++) {
                sql = sql.bind("p" + (i + 1), values[i]);
            }
        }
        return sql;
    }
}
