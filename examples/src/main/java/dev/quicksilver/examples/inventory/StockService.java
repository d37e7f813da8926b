package dev.quicksilver.examples.inventory;

import static dev.quicksilver.examples.inventory.StockLevel_.STOCK_LEVEL;
import static dev.quicksilver.examples.inventory.StockMovement_.STOCK_MOVEMENT;
import static dev.quicksilver.examples.inventory.Warehouse_.WAREHOUSE;
import static dev.quicksilver.examples.inventory.Item_.ITEM;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.exception.LockNotAvailableException;
import dev.quicksilver.core.exception.TransientDatabaseException;
import dev.quicksilver.core.exception.UniqueViolationException;
import dev.quicksilver.examples.inventory.Catalog.Place;
import dev.quicksilver.examples.inventory.Requests.Move;
import dev.quicksilver.examples.inventory.Requests.StockChange;
import dev.quicksilver.examples.web.ConflictException;
import dev.quicksilver.mapping.model.Condition;
import dev.quicksilver.query.Quicksilver;
import dev.quicksilver.query.SelectQuery;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Receives, reserves, moves and ships stock with no lost update under concurrent requests: every change
 * is one conditional {@code UPDATE} built with the query builder (for a reservation
 * {@code SET reserved = reserved + :n WHERE … AND on_hand - reserved >= :n}), so the database decides
 * atomically whether enough stock is there; zero rows updated means not enough (409). The change and its
 * movement are one transaction ({@code Database.transactional}); a move updates both warehouses in one
 * transaction, in key order so that opposite moves cannot deadlock. Thread-safe.
 */
@Service
final class StockService {

    /** A transaction that lost a race for a lock (H2's lock timeout, a deadlock) is simply run again. */
    private static final Retry CONTENDED = Retry.backoff(5, Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(500))
            .jitter(0.5)
            .filter(error -> error instanceof TransientDatabaseException || error instanceof LockNotAvailableException)
            .onRetryExhaustedThrow((spec, signal) -> signal.failure());

    private final Quicksilver qs;
    private final Database db;
    private final Catalog catalog;
    private final LowStockEvents events;

    StockService(Quicksilver qs, Catalog catalog, LowStockEvents events) {
        this.qs = qs;
        this.db = qs.database();
        this.catalog = catalog;
        this.events = events;
    }

    Mono<StockLevelView> receive(StockChange.Checked change) {
        int qty = change.qty();
        return catalog.place(change.sku(), change.warehouse()).flatMap(place -> ensureLevel(place)
                .then(db.transactional(qs.update(STOCK_LEVEL)
                        .set(STOCK_LEVEL.ON_HAND, STOCK_LEVEL.ON_HAND.plus(qty))
                        .where(at(place).and(roomFor(qty))).execute()
                        .flatMap(updated -> updated == 0 ? full(place, qty)
                                : record(MovementKind.RECEIVE, place, null, place.warehouseId(), qty))
                        .then(level(place))))
                .retryWhen(CONTENDED));
    }

    Mono<StockLevelView> reserve(StockChange.Checked change) {
        int qty = change.qty();
        return catalog.place(change.sku(), change.warehouse()).flatMap(place -> db.transactional(
                        qs.update(STOCK_LEVEL)
                                .set(STOCK_LEVEL.RESERVED, STOCK_LEVEL.RESERVED.plus(qty))
                                .where(at(place).and(available().ge(qty))).execute()
                                .flatMap(updated -> updated == 0 ? shortage("reserve", place, qty)
                                        : record(MovementKind.RESERVE, place, place.warehouseId(), null, qty))
                                .then(level(place)))
                .retryWhen(CONTENDED)
                .doOnNext(level -> events.afterChange(place.item(), level, level.available() + qty,
                        MovementKind.RESERVE)));
    }

    Mono<StockLevelView> ship(StockChange.Checked change) {
        int qty = change.qty();
        return catalog.place(change.sku(), change.warehouse()).flatMap(place -> db.transactional(
                        qs.update(STOCK_LEVEL)
                                .set(STOCK_LEVEL.ON_HAND, STOCK_LEVEL.ON_HAND.minus(qty))
                                .set(STOCK_LEVEL.RESERVED, STOCK_LEVEL.RESERVED.minus(qty))
                                .where(at(place).and(STOCK_LEVEL.RESERVED.ge(qty))).execute()
                                .flatMap(updated -> updated == 0 ? shortage("ship", place, qty)
                                        : record(MovementKind.SHIP, place, place.warehouseId(), null, qty))
                                .then(level(place)))
                .retryWhen(CONTENDED));
    }

    /** Moves available units; answers the two levels, origin first. */
    Mono<List<StockLevelView>> move(Move.Checked move) {
        int qty = move.qty();
        return Mono.zip(catalog.place(move.sku(), move.from()), catalog.warehouse(move.to()))
                .flatMap(places -> {
                    Place from = places.getT1();
                    Place to = new Place(from.item(), places.getT2());
                    Mono<Void> takeFromOrigin = qs.update(STOCK_LEVEL)
                            .set(STOCK_LEVEL.ON_HAND, STOCK_LEVEL.ON_HAND.minus(qty))
                            .where(at(from).and(available().ge(qty))).execute()
                            .flatMap(updated -> updated == 0 ? shortage("move", from, qty) : Mono.empty());
                    Mono<Void> addToDestination = qs.update(STOCK_LEVEL)
                            .set(STOCK_LEVEL.ON_HAND, STOCK_LEVEL.ON_HAND.plus(qty))
                            .where(at(to).and(roomFor(qty))).execute()
                            .flatMap(updated -> updated == 0 ? full(to, qty) : Mono.empty());
                    // rows locked in key order: moves A→B and B→A running at once wait, never deadlock
                    Mono<Void> both = from.warehouseId() < to.warehouseId()
                            ? takeFromOrigin.then(addToDestination) : addToDestination.then(takeFromOrigin);
                    return ensureLevel(to)
                            .then(db.transactional(both
                                    .then(record(MovementKind.MOVE, from, from.warehouseId(), to.warehouseId(), qty))
                                    .then(level(from).flatMap(origin -> level(to)
                                            .map(destination -> List.of(origin, destination))))))
                            .retryWhen(CONTENDED)
                            .doOnNext(levels -> events.afterChange(from.item(), levels.get(0),
                                    levels.get(0).available() + qty, MovementKind.MOVE));
                });
    }

    /** The stock of an item at a warehouse (zeros when it never had any). */
    Mono<StockLevelView> level(String sku, String warehouse) {
        return catalog.place(sku, warehouse).flatMap(this::level);
    }

    /** Stock levels, optionally of one item or one warehouse, by SKU then warehouse. */
    Flux<StockLevelView> levels(@Nullable String sku, @Nullable String warehouse) {
        SelectQuery<StockLevelView> query = qs.select(WAREHOUSE.CODE, ITEM.SKU, STOCK_LEVEL.ON_HAND,
                        STOCK_LEVEL.RESERVED, available())
                .from(STOCK_LEVEL)
                .join(ITEM).on(ITEM.ID.eq(STOCK_LEVEL.ITEM_ID))
                .join(WAREHOUSE).on(WAREHOUSE.ID.eq(STOCK_LEVEL.WAREHOUSE_ID))
                .orderBy(ITEM.SKU.asc(), WAREHOUSE.CODE.asc())
                .into(StockLevelView.class);
        Condition filter = null;
        if (sku != null) {
            filter = ITEM.SKU.eq(sku);
        }
        if (warehouse != null) {
            filter = filter == null ? WAREHOUSE.CODE.eq(warehouse) : filter.and(WAREHOUSE.CODE.eq(warehouse));
        }
        return (filter == null ? query : query.where(filter)).fetch();
    }

    private Mono<StockLevelView> level(Place place) {
        return qs.select(STOCK_LEVEL).where(at(place)).one()
                .map(level -> StockLevelView.of(place, level))
                .defaultIfEmpty(StockLevelView.empty(place));
    }

    /** Creates the (empty) row of a place unless it is there; concurrent creators are fine. */
    private Mono<Long> ensureLevel(Place place) {
        return qs.insertInto(STOCK_LEVEL)
                .value(STOCK_LEVEL.WAREHOUSE_ID, place.warehouseId())
                .value(STOCK_LEVEL.ITEM_ID, place.itemId())
                .value(STOCK_LEVEL.ON_HAND, 0)
                .value(STOCK_LEVEL.RESERVED, 0)
                .onConflict(List.of(STOCK_LEVEL.WAREHOUSE_ID, STOCK_LEVEL.ITEM_ID)).doNothing()
                .execute()
                // H2's MERGE may still meet a row another request inserted a moment ago
                .onErrorResume(UniqueViolationException.class, raced -> Mono.just(0L));
    }

    private Mono<StockMovement> record(MovementKind kind, Place place, @Nullable Long from, @Nullable Long to, int qty) {
        return qs.insert(new StockMovement(null, kind, place.itemId(), from, to, qty, InventoryClock.now(), null));
    }

    private <T> Mono<T> shortage(String what, Place place, int qty) {
        return level(place).flatMap(level -> Mono.error(new ConflictException("Cannot " + what + " " + qty + " of "
                + place + ": only " + (what.equals("ship") ? level.reserved() + " reserved"
                : level.available() + " available") + ". Nothing was changed.")));
    }

    private static <T> Mono<T> full(Place place, int qty) {
        return Mono.error(new ConflictException("Cannot add " + qty + " of " + place + ": a stock level holds at most "
                + Integer.MAX_VALUE + " units. Nothing was changed."));
    }

    /** The level can take qty more units without overflowing its INTEGER column. */
    private static Condition roomFor(int qty) {
        return STOCK_LEVEL.ON_HAND.le(Integer.MAX_VALUE - qty);
    }

    private static Condition at(Place place) {
        return STOCK_LEVEL.WAREHOUSE_ID.eq(place.warehouseId()).and(STOCK_LEVEL.ITEM_ID.eq(place.itemId()));
    }

    private static dev.quicksilver.mapping.model.Expression<Integer> available() {
        return STOCK_LEVEL.ON_HAND.minus(STOCK_LEVEL.RESERVED);
    }
}
