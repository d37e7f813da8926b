package dev.quicksilver.examples.inventory;

import dev.quicksilver.examples.inventory.Requests.Move;
import dev.quicksilver.examples.inventory.Requests.StockChange;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Stock changes (receive, reserve, move, ship) and stock levels; each change answers the level(s) after it. */
@RestController
final class StockController {

    private final StockService stock;

    StockController(StockService stock) {
        this.stock = stock;
    }

    @PostMapping("/stock/receive")
    Mono<StockLevelView> receive(@RequestBody StockChange change) {
        return Mono.fromCallable(change::checked).flatMap(stock::receive);
    }

    @PostMapping("/stock/reserve")
    Mono<StockLevelView> reserve(@RequestBody StockChange change) {
        return Mono.fromCallable(change::checked).flatMap(stock::reserve);
    }

    @PostMapping("/stock/ship")
    Mono<StockLevelView> ship(@RequestBody StockChange change) {
        return Mono.fromCallable(change::checked).flatMap(stock::ship);
    }

    @PostMapping("/stock/move")
    Mono<List<StockLevelView>> move(@RequestBody Move move) {
        return Mono.fromCallable(move::checked).flatMap(stock::move);
    }

    @GetMapping("/stock")
    Flux<StockLevelView> levels(@RequestParam(required = false) @Nullable String sku,
                                @RequestParam(required = false) @Nullable String warehouse) {
        return stock.levels(sku, warehouse);
    }

    @GetMapping("/stock/{warehouse}/{sku}")
    Mono<StockLevelView> level(@PathVariable String warehouse, @PathVariable String sku) {
        return stock.level(sku, warehouse);
    }
}
