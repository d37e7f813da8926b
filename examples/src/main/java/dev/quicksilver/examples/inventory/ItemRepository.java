package dev.quicksilver.examples.inventory;

import dev.quicksilver.query.repository.ReactiveRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Items by SKU; a bean found by the starter's repository scan, its queries derived from the names. */
public interface ItemRepository extends ReactiveRepository<Item, Long> {

    /**
     * @param sku a SKU
     * @return the item, or empty
     */
    Mono<Item> findBySku(String sku);

    /** @return every item, by SKU */
    Flux<Item> findByOrderBySkuAsc();
}
