package dev.quicksilver.examples.inventory;

import dev.quicksilver.query.repository.ReactiveRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Warehouses by code; a bean found by the starter's repository scan, its queries derived from the names. */
public interface WarehouseRepository extends ReactiveRepository<Warehouse, Long> {

    /**
     * @param code a warehouse code
     * @return the warehouse, or empty
     */
    Mono<Warehouse> findByCode(String code);

    /** @return every warehouse, by code */
    Flux<Warehouse> findByOrderByCodeAsc();
}
