package dev.quicksilver.examples.inventory;

import dev.quicksilver.examples.web.NotFoundException;
import java.util.Objects;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Finds the items and warehouses a request names, or fails with a 404 naming what is missing. Thread-safe.
 */
@Component
final class Catalog {

    private final ItemRepository items;
    private final WarehouseRepository warehouses;

    Catalog(ItemRepository items, WarehouseRepository warehouses) {
        this.items = items;
        this.warehouses = warehouses;
    }

    Mono<Item> item(String sku) {
        return items.findBySku(sku).switchIfEmpty(Mono.error(() -> new NotFoundException("item " + sku)));
    }

    Mono<Warehouse> warehouse(String code) {
        return warehouses.findByCode(code).switchIfEmpty(Mono.error(() -> new NotFoundException("warehouse " + code)));
    }

    /** The item and the warehouse of a stock request. */
    Mono<Place> place(String sku, String warehouseCode) {
        return Mono.zip(item(sku), warehouse(warehouseCode), Place::new);
    }

    /** An item at a warehouse. */
    record Place(Item item, Warehouse warehouse) {

        long itemId() {
            return Objects.requireNonNull(item.id());
        }

        long warehouseId() {
            return Objects.requireNonNull(warehouse.id());
        }

        @Override
        public String toString() {
            return item.sku() + " at " + warehouse.code();
        }
    }
}
