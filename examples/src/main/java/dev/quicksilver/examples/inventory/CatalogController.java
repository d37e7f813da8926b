package dev.quicksilver.examples.inventory;

import dev.quicksilver.examples.inventory.Requests.ItemChange;
import dev.quicksilver.examples.inventory.Requests.NewItem;
import dev.quicksilver.examples.inventory.Requests.NewWarehouse;
import dev.quicksilver.query.Quicksilver;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Warehouses and items: create, list, get; an item's name and threshold change only with the version the
 * client read (a stale one is a 409). Reads and inserts go through the scanned repositories, the
 * version-checked update through {@link Quicksilver#update(Object)}.
 */
@RestController
final class CatalogController {

    private final WarehouseRepository warehouses;
    private final ItemRepository items;
    private final Catalog catalog;
    private final Quicksilver qs;

    CatalogController(WarehouseRepository warehouses, ItemRepository items, Catalog catalog, Quicksilver qs) {
        this.warehouses = warehouses;
        this.items = items;
        this.catalog = catalog;
        this.qs = qs;
    }

    @PostMapping("/warehouses")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Warehouse> createWarehouse(@RequestBody NewWarehouse request) {
        return Mono.fromCallable(request::toWarehouse).flatMap(warehouses::insert);
    }

    @GetMapping("/warehouses")
    Flux<Warehouse> warehouses() {
        return warehouses.findByOrderByCodeAsc();
    }

    @GetMapping("/warehouses/{code}")
    Mono<Warehouse> warehouse(@PathVariable String code) {
        return catalog.warehouse(code);
    }

    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Item> createItem(@RequestBody NewItem request) {
        return Mono.fromCallable(request::toItem).flatMap(items::insert);
    }

    @GetMapping("/items")
    Flux<Item> items() {
        return items.findByOrderBySkuAsc();
    }

    @GetMapping("/items/{sku}")
    Mono<Item> item(@PathVariable String sku) {
        return catalog.item(sku);
    }

    /** Renames an item or changes its threshold; the body's {@code version} must be the stored one. */
    @PutMapping("/items/{sku}")
    Mono<Item> changeItem(@PathVariable String sku, @RequestBody ItemChange change) {
        return catalog.item(sku).map(change::applyTo).flatMap(qs::update);
    }
}
