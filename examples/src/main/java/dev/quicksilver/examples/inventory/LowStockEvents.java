package dev.quicksilver.examples.inventory;

import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The low-stock events of this instance: a hot stream that every subscriber of
 * {@code GET /events/low-stock} shares from the moment it subscribes (no replay; a slow subscriber misses
 * events rather than slowing stock changes down). Thread-safe.
 */
@Component
final class LowStockEvents {

    private final Sinks.Many<LowStockEvent> sink = Sinks.many().multicast().directBestEffort();

    /**
     * Sends an event when a change took the available stock of an item at a warehouse from at least its
     * threshold to below it.
     */
    void afterChange(Item item, StockLevelView level, int availableBefore, MovementKind cause) {
        int threshold = item.lowStockThreshold();
        if (availableBefore >= threshold && level.available() < threshold) {
            LowStockEvent event = new LowStockEvent(item.sku(), level.warehouse(), level.available(), threshold, cause,
                    InventoryClock.now());
            // emissions from concurrent requests may collide: retry briefly instead of dropping the event
            sink.emitNext(event, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(100)));
        }
    }

    Flux<LowStockEvent> events() {
        return sink.asFlux();
    }

    /**
     * Available stock of an item at a warehouse fell below the item's threshold.
     *
     * @param sku the item
     * @param warehouse the warehouse code
     * @param available units available after the change
     * @param threshold the item's low-stock threshold
     * @param cause the change that took it below
     * @param at when, in UTC
     */
    record LowStockEvent(String sku, String warehouse, int available, int threshold, MovementKind cause,
                         LocalDateTime at) {
    }
}
