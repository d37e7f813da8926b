package dev.quicksilver.query.kit;

import static dev.quicksilver.query.entities.Stock.QTY;
import static dev.quicksilver.query.entities.Stock.SKU;
import static dev.quicksilver.query.entities.Stock.STOCK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.testkit.DatabaseTestKit;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.ddl.SchemaDdl;
import dev.quicksilver.query.OptimisticRetry;
import dev.quicksilver.query.Quicksilver;
import dev.quicksilver.query.entities.Movement;
import dev.quicksilver.query.entities.Stock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Real-time inventory: 64 concurrent reservations of one unit against a stock of 50, each inserting a
 * movement in the same transaction. Exactly 50 succeed, 14 are refused as out of stock, the stock ends at 0
 * and there are 50 movements — no lost update, no negative stock — with optimistic locking and retries, and
 * with a conditional update.
 */
public abstract class InventoryContentionTestKit extends DatabaseTestKit {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final int STOCK_LEVEL = 50;
    private static final int RESERVATIONS = 64;

    /** A reservation refused: nothing left. */
    static final class OutOfStockException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfStockException(String sku) {
            super("No " + sku + " left to reserve");
        }
    }

    private Quicksilver qs;

    @BeforeEach
    void stockFifty() {
        qs = Quicksilver.of(db);
        execute(SchemaDdl.of(MappingContext.standard(), db.dialect()).create(List.of(Stock.class, Movement.class))
                .toArray(String[]::new));
        qs.insert(new Stock("A-1", STOCK_LEVEL, 0)).block(TIMEOUT);
    }

    /** Runs every reservation at once; counts outcomes by name. */
    private Map<String, Long> reserveConcurrently(Function<Integer, Mono<Movement>> reservation) {
        return Flux.range(0, RESERVATIONS)
                .flatMap(i -> reservation.apply(i).map(movement -> "reserved")
                        .onErrorResume(OutOfStockException.class, refused -> Mono.just("out of stock")), RESERVATIONS)
                .collectList().block(TIMEOUT).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private void assertExactlyFiftyReserved(Map<String, Long> outcomes) {
        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("reserved", 50L, "out of stock", 14L));
        assertThat(qs.select(STOCK).one().block(TIMEOUT).qty()).isZero();
        assertThat(count("\"movement\"")).isEqualTo(50);
    }

    @Test
    void optimisticLockingWithRetry() {
        Map<String, Long> outcomes = reserveConcurrently(i -> qs.inSession(session -> session.find(STOCK, "A-1")
                        .flatMap(stock -> {
                            if (stock.qty() < 1) {
                                return Mono.error(new OutOfStockException(stock.sku()));
                            }
                            session.add(stock.withQty(stock.qty() - 1));       // checked against its version
                            return Mono.just(session.add(new Movement(null, stock.sku(), -1)));
                        }))
                .single()
                .retryWhen(OptimisticRetry.staleWrites(1000, Duration.ofMillis(2), Duration.ofMillis(50))));
        assertExactlyFiftyReserved(outcomes);
        assertThat(qs.select(STOCK).one().block(TIMEOUT).version()).as("one version per reservation").isEqualTo(50);
    }

    @Test
    void conditionalUpdate() {
        Map<String, Long> outcomes = reserveConcurrently(i -> db.transactional(
                qs.update(STOCK).set(QTY, QTY.minus(1)).where(SKU.eq("A-1").and(QTY.ge(1))).execute()
                        .flatMap(updated -> updated == 0 ? Mono.error(new OutOfStockException("A-1"))
                                : qs.insert(new Movement(null, "A-1", -1)))));
        assertExactlyFiftyReserved(outcomes);
    }
}
