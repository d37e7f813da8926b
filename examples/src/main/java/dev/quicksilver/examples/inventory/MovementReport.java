package dev.quicksilver.examples.inventory;

import static dev.quicksilver.examples.inventory.Item_.ITEM;
import static dev.quicksilver.examples.inventory.StockMovement_.STOCK_MOVEMENT;
import static dev.quicksilver.examples.inventory.Warehouse_.WAREHOUSE;
import static dev.quicksilver.query.Functions.cast;
import static dev.quicksilver.query.Functions.coalesce;
import static dev.quicksilver.query.Functions.count;
import static dev.quicksilver.query.Functions.sum;

import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.query.Quicksilver;
import dev.quicksilver.query.SelectQuery;
import dev.quicksilver.query.Tuple;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The movements journal and its report: counts and total quantities per kind, grouped by day, warehouse or
 * item, computed by the database with the query builder's {@code GROUP BY} and aggregates. Thread-safe.
 */
@Component
final class MovementReport {

    private static final int MAX_DAYS = 366;
    private static final int MAX_LIMIT = 1_000;

    private final Quicksilver qs;
    private final Catalog catalog;
    private final WarehouseRepository warehouses;

    MovementReport(Quicksilver qs, Catalog catalog, WarehouseRepository warehouses) {
        this.qs = qs;
        this.catalog = catalog;
        this.warehouses = warehouses;
    }

    /** How the report groups movements. */
    enum Grouping {
        /** By calendar day (UTC). */
        DAY,
        /** By warehouse: where the movement started (where it arrived, for a receipt). */
        WAREHOUSE,
        /** By item. */
        ITEM;

        static Grouping parse(String by) {
            for (Grouping grouping : values()) {
                if (grouping.name().equalsIgnoreCase(by)) {
                    return grouping;
                }
            }
            throw new IllegalArgumentException("by must be day, warehouse or item, was '" + by + "'");
        }
    }

    /**
     * One group's totals per kind of movement.
     *
     * @param key the day ({@code 2026-11-24}), warehouse code or SKU
     * @param totals the count and total quantity of each kind that occurred
     */
    record Group(String key, Map<MovementKind, Totals> totals) {
    }

    /**
     * @param movements how many movements
     * @param quantity their total quantity
     */
    record Totals(long movements, long quantity) {
    }

    /**
     * The report's answer.
     *
     * @param from the first day
     * @param to the last day (inclusive)
     * @param by the grouping
     * @param groups one entry per day, warehouse or item with movements, in key order
     */
    record Report(LocalDate from, LocalDate to, String by, List<Group> groups) {
    }

    /**
     * One movement as the API shows it.
     *
     * @param id its key
     * @param kind what happened
     * @param sku the item
     * @param from the origin warehouse's code
     * @param to the destination warehouse's code
     * @param qty units
     * @param occurredAt when (UTC)
     */
    record MovementView(long id, MovementKind kind, String sku, @Nullable String from, @Nullable String to, int qty,
                        LocalDateTime occurredAt) {
    }

    Mono<Report> report(LocalDate from, LocalDate to, String by) {
        return Mono.fromCallable(() -> Grouping.parse(by)).flatMap(grouping -> {
            if (from.isAfter(to) || from.plusDays(MAX_DAYS).isBefore(to)) {
                return Mono.error(new IllegalArgumentException("from must not be after to, and the range at most "
                        + MAX_DAYS + " days; was " + from + " to " + to));
            }
            Expression<?> key = switch (grouping) {
                case DAY -> cast(STOCK_MOVEMENT.OCCURRED_AT, LocalDate.class);
                case WAREHOUSE -> WAREHOUSE.CODE;
                case ITEM -> ITEM.SKU;
            };
            SelectQuery<Tuple> query = qs.select(key, STOCK_MOVEMENT.KIND, count(),
                            sum(cast(STOCK_MOVEMENT.QTY, Long.class)))    // a sum of INTEGERs may pass 2^31
                    .from(STOCK_MOVEMENT);
            query = switch (grouping) {
                case DAY -> query;
                case WAREHOUSE -> query.join(WAREHOUSE).on(WAREHOUSE.ID.eq(
                        coalesce(STOCK_MOVEMENT.FROM_WAREHOUSE_ID, STOCK_MOVEMENT.TO_WAREHOUSE_ID)));
                case ITEM -> query.join(ITEM).on(ITEM.ID.eq(STOCK_MOVEMENT.ITEM_ID));
            };
            return query.where(STOCK_MOVEMENT.OCCURRED_AT.ge(from.atStartOfDay())
                            .and(STOCK_MOVEMENT.OCCURRED_AT.lt(to.plusDays(1).atStartOfDay())))
                    .groupBy(key, STOCK_MOVEMENT.KIND)
                    .orderBy(key.asc(), STOCK_MOVEMENT.KIND.asc())
                    .fetch()
                    .collect(LinkedHashMap<String, Map<MovementKind, Totals>>::new, (groups, row) -> groups
                            .computeIfAbsent(String.valueOf(row.get(0)), k -> new EnumMap<>(MovementKind.class))
                            .put(Objects.requireNonNull(row.get(STOCK_MOVEMENT.KIND)), new Totals(number(row, 2),
                                    number(row, 3))))
                    .map(groups -> {
                        List<Group> list = new ArrayList<>(groups.size());
                        groups.forEach((name, totals) -> list.add(new Group(name, totals)));
                        return new Report(from, to, grouping.name().toLowerCase(Locale.ROOT), list);
                    });
        });
    }

    /** The latest movements of an item, newest first. */
    Flux<MovementView> movements(String sku, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return Flux.error(new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was "
                    + limit));
        }
        return Mono.zip(catalog.item(sku), warehouses.findAll().collectMap(Warehouse::id, Warehouse::code))
                .flatMapMany(found -> qs.select(STOCK_MOVEMENT)
                        .where(STOCK_MOVEMENT.ITEM_ID.eq(Objects.requireNonNull(found.getT1().id())))
                        .orderBy(STOCK_MOVEMENT.ID.desc())
                        .limit(limit)
                        .fetch()
                        .map(movement -> new MovementView(Objects.requireNonNull(movement.id()), movement.kind(), sku,
                                code(found.getT2(), movement.fromWarehouseId()),
                                code(found.getT2(), movement.toWarehouseId()), movement.qty(),
                                movement.occurredAt())));
    }

    private static @Nullable String code(Map<@Nullable Long, String> codes, @Nullable Long warehouseId) {
        return warehouseId == null ? null : codes.get(warehouseId);
    }

    private static long number(Tuple row, int index) {
        Number value = row.get(index, Number.class);
        return value == null ? 0 : value.longValue();
    }
}
