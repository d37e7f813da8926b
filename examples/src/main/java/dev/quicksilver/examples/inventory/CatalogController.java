package dev.quicksilver.examples.inventory;

import dev.quicksilver.examples.inventory.Requests.ItemChange;
import dev.quicksilver.examples.inventory.Requests.NewItem;
import dev.quicksilver.examples.inventory.Requests.NewWarehouse;
import dev.quicksilver.query.Quicksilver;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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

    /** An item, with its version as the {@code ETag}. */
    @GetMapping("/items/{sku}")
    Mono<ResponseEntity<Item>> item(@PathVariable String sku) {
        return catalog.item(sku).map(CatalogController::withEtag);
    }

    /**
     * Renames an item or changes its threshold; the version the client read ({@code If-Match} or the body's
     * {@code version}) must still be the stored one, else 409.
     */
    @PutMapping("/items/{sku}")
    Mono<ResponseEntity<Item>> changeItem(@PathVariable String sku, @RequestBody ItemChange change,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                          @Nullable String ifMatch) {
        return catalog.item(sku).map(stored -> change.applyTo(stored, ifMatch)).flatMap(qs::update)
                .map(CatalogController::withEtag);
    }

    private static ResponseEntity<Item> withEtag(Item item) {
        return ResponseEntity.ok().eTag(Requests.etag(item)).body(item);
    }
}
