package dev.quicksilver.query.internal;

import dev.quicksilver.core.Row;
import dev.quicksilver.core.Sql;
import dev.quicksilver.mapping.metadata.ColumnCodec;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityAccessor;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.query.OptimisticLockException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Insert, update and delete of one entity by its id, for {@code Quicksilver.insert/update/delete} and the
 * session's flush. Validation runs before any SQL; values the write fills (client UUID keys, the first
 * version, timestamps) and values the database generates (identity and sequence keys, defaults) are written
 * back into the entity only once the statement succeeded ({@link EntityAccessor#withColumnValue}: the
 * same object for mutable classes, a copy for records). Every update and delete of a versioned entity
 * checks the version; no row is an {@link OptimisticLockException}.
 */
final class EntityWrites {

    private EntityWrites() {
    }

    @SuppressWarnings("unchecked")
    static <E> EntityMetadata<E> metadataOf(DefaultQuicksilver engine, E entity) {
        return (EntityMetadata<E>) engine.mapping().entity(Objects.requireNonNull(entity, "entity").getClass());
    }

    /** The entity's column values (Java-level), in column order. */
    static <E> @Nullable Object[] values(EntityMetadata<E> metadata, E entity) {
        @Nullable Object[] values = new Object[metadata.columns().size()];
        EntityAccessor<E> accessor = metadata.accessor();
        for (ColumnMetadata column : metadata.columns()) {
            values[column.propertyIndex()] = accessor.columnValue(entity, column.propertyIndex());
        }
        return values;
    }

    /** Whether a generated column's value is still to be generated: null, or 0 in a primitive property. */
    static boolean unset(ColumnMetadata column, @Nullable Object value) {
        return value == null || column.generated() != null && column.javaType().isPrimitive()
                && value instanceof Number number && number.longValue() == 0;
    }

    /**
     * One entity write, planned: the statement (its cached template and values) and what completes it. A
     * plan without a template needs no SQL ({@code completion} gives the result at once). Inserts reading
     * generated values back name them in {@code returned}; {@code stale} is the error when an update or
     * delete matches no row.
     */
    record Planned<E>(WriteTemplates.@Nullable Template template, @Nullable Object[] bound, List<ColumnMetadata> returned,
                      Function<@Nullable Row, E> completion, @Nullable Supplier<RuntimeException> stale) {

        /** Whether two plans run the same statement text and read back the same columns (one batch). */
        boolean sameStatement(Planned<?> other) {
            return template != null && template == other.template && returned.equals(other.returned);
        }
    }

    static <E> Mono<E> insert(DefaultQuicksilver engine, WriteTemplates templates, EntityMetadata<E> metadata,
                              E entity) {
        return Mono.defer(() -> run(engine, planInsert(templates, metadata, entity)));
    }

    /** Validates and plans an insert: fills client-generated values, versions, timestamps. */
    static <E> Planned<E> planInsert(WriteTemplates templates, EntityMetadata<E> metadata, E entity) {
        metadata.validator().check(entity);
        Instant now = now();
        @Nullable Object[] original = values(metadata, entity);
        @Nullable Object[] values = original.clone();
        List<ColumnMetadata> inserted = new ArrayList<>();
        List<ColumnMetadata> returned = new ArrayList<>();
        List<@Nullable Object> bound = new ArrayList<>();
        for (ColumnMetadata column : metadata.columns()) {
            int index = column.propertyIndex();
            Object value = values[index];
            if (column.generated() != null && unset(column, value)) {
                Object client = column.generated().clientGeneratedValue();
                if (client == null) {
                    returned.add(column);
                    continue;
                }
                values[index] = client;
            } else if (column.version() && value == null) {
                values[index] = versionValue(column, 0);
            } else if (column.updatedAt() || column.createdAt() && value == null) {
                values[index] = timestamp(column.javaType(), now);
            } else if (value == null && column.defaultExpression() != null) {
                returned.add(column);
                continue;
            }
            inserted.add(column);
            bound.add(values[index]);
        }
        return new Planned<>(templates.insert(metadata, inserted), bound.toArray(), List.copyOf(returned), row -> {
            if (row != null) {
                readBack(row, returned, values);
            }
            return writeBack(metadata, entity, original, values);
        }, null);
    }

    /** Runs one planned write on its own. */
    static <E> Mono<E> run(DefaultQuicksilver engine, Planned<E> plan) {
        WriteTemplates.Template template = plan.template();
        if (template == null) {
            return Mono.fromSupplier(() -> plan.completion().apply(null));
        }
        Sql sql = template.bind(engine.database(), plan.bound());
        if (!plan.returned().isEmpty()) {
            return sql.returnGeneratedValues(plan.returned().stream().map(ColumnMetadata::name).toArray(String[]::new))
                    .fetch().collectList().map(rows -> {
                        if (rows.size() != 1) {
                            throw new IllegalStateException("The write returned " + rows.size() + " rows of generated"
                                    + " values instead of 1: " + template.text());
                        }
                        return plan.completion().apply(rows.get(0));
                    });
        }
        return sql.rowsUpdated().flatMap(rows -> rows == 0 && plan.stale() != null ? Mono.error(plan.stale().get())
                : Mono.fromSupplier(() -> plan.completion().apply(null)));
    }

    /**
     * Updates the entity by its id: every column but the id, the version and {@code @CreatedAt} when
     * {@code snapshot} is {@code null}, else only columns whose value differs from the snapshot (nothing at
     * all, and no SQL, when none does); plus {@code @UpdatedAt} and the incremented version.
     */
    static <E> Mono<E> update(DefaultQuicksilver engine, WriteTemplates templates, EntityMetadata<E> metadata,
                              E entity, @Nullable Object @Nullable [] snapshot) {
        return Mono.defer(() -> run(engine, planUpdate(templates, metadata, entity, snapshot)));
    }

    /** Validates and plans an update (see {@link #update}); a plan without SQL when nothing changed. */
    static <E> Planned<E> planUpdate(WriteTemplates templates, EntityMetadata<E> metadata, E entity,
                                     @Nullable Object @Nullable [] snapshot) {
        metadata.validator().check(entity);
        @Nullable Object[] original = values(metadata, entity);
        @Nullable Object[] values = original.clone();
        List<ColumnMetadata> set = new ArrayList<>();
        boolean changed = false;
        for (ColumnMetadata column : metadata.columns()) {
            int index = column.propertyIndex();
            if (column.isId() || column.version() || column.updatedAt() || snapshot == null && column.createdAt()) {
                continue;
            }
            if (snapshot == null || !Objects.deepEquals(values[index], snapshot[index])) {
                set.add(column);
                changed = true;
            }
        }
        if (!changed && (snapshot != null || metadata.versionColumn().isEmpty())) {
            return new Planned<>(null, new Object[0], List.of(), row -> entity, null);
        }
        Instant now = now();
        for (ColumnMetadata column : metadata.columns()) {
            if (column.updatedAt()) {
                values[column.propertyIndex()] = timestamp(column.javaType(), now);
                set.add(column);
            }
        }
        ColumnMetadata version = metadata.versionColumn().orElse(null);
        Object expected = null;
        if (version != null) {
            expected = values[version.propertyIndex()];
            if (expected == null) {
                throw new IllegalStateException(metadata.type().getSimpleName() + " with id "
                        + idOf(metadata, values) + " has no version: it was not read from the database. Insert"
                        + " it, or load it and change the loaded entity.");
            }
            values[version.propertyIndex()] = versionValue(version, ((Number) expected).longValue() + 1);
            set.add(version);
        }
        WriteTemplates.Template template = templates.update(metadata, List.copyOf(set));
        List<@Nullable Object> bound = new ArrayList<>();
        for (ColumnMetadata column : set) {
            bound.add(values[column.propertyIndex()]);
        }
        for (ColumnMetadata column : metadata.idColumns()) {
            bound.add(values[column.propertyIndex()]);
        }
        if (version != null) {
            bound.add(expected);
        }
        Object expectedVersion = expected;
        return new Planned<>(template, bound.toArray(), List.of(), row -> writeBack(metadata, entity, original, values),
                () -> new OptimisticLockException(metadata.type(), idOf(metadata, values), expectedVersion,
                        template.text()));
    }

    /** Deletes the entity by its id (and version). */
    static <E> Mono<E> delete(DefaultQuicksilver engine, WriteTemplates templates, EntityMetadata<E> metadata,
                              E entity) {
        return Mono.defer(() -> run(engine, planDelete(templates, metadata, entity)));
    }

    static <E> Planned<E> planDelete(WriteTemplates templates, EntityMetadata<E> metadata, E entity) {
        @Nullable Object[] values = values(metadata, entity);
        WriteTemplates.Template template = templates.delete(metadata);
        List<ColumnMetadata> identity = WriteTemplates.identity(metadata);
        @Nullable Object[] bound = new Object[identity.size()];
        for (int i = 0; i < bound.length; i++) {
            bound[i] = values[identity.get(i).propertyIndex()];
        }
        Object expected = metadata.versionColumn().map(column -> values[column.propertyIndex()]).orElse(null);
        return new Planned<>(template, bound, List.of(), row -> entity,
                () -> new OptimisticLockException(metadata.type(), idOf(metadata, values), expected, template.text()));
    }

    /** The id of an entity's values: the value, or a list of them for a composite key. */
    static Object idOf(EntityMetadata<?> metadata, @Nullable Object[] values) {
        List<ColumnMetadata> ids = metadata.idColumns();
        if (ids.size() == 1) {
            return Objects.requireNonNullElse(values[ids.get(0).propertyIndex()], "null");
        }
        return Arrays.asList(ids.stream().map(column -> values[column.propertyIndex()]).toArray());
    }

    private static void readBack(Row row, List<ColumnMetadata> columns, @Nullable Object[] values) {
        for (ColumnMetadata column : columns) {
            Object stored = row.get(column.name(), column.storedType());
            values[column.propertyIndex()] = stored == null ? null : ColumnCodec.of(column).fromStored(stored);
        }
    }

    /** The entity with each value the write changed; unchanged when none did. */
    private static <E> E writeBack(EntityMetadata<E> metadata, E entity, @Nullable Object[] original,
                                   @Nullable Object[] values) {
        E result = entity;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != original[i]) {
                result = metadata.accessor().withColumnValue(result, i, values[i]);
            }
        }
        return result;
    }

    private static Object versionValue(ColumnMetadata column, long value) {
        Class<?> type = column.storedType();
        if (type == Integer.class) {
            return Math.toIntExact(value);
        }
        if (type == Short.class) {
            return (short) Math.toIntExact(value);
        }
        return value;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Now, as a timestamp property of this type holds it, to the microsecond (what the databases keep). */
    static Object timestamp(Class<?> type, Instant now) {
        if (type == Instant.class) {
            return now;
        }
        if (type == OffsetDateTime.class) {
            return now.atOffset(ZoneOffset.UTC);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        }
        if (type == LocalDate.class) {
            return LocalDate.ofInstant(now, ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("A @CreatedAt/@UpdatedAt property cannot be a " + type.getName());
    }
}
