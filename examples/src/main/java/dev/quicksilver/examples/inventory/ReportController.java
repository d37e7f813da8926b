package dev.quicksilver.examples.inventory;

import dev.quicksilver.examples.inventory.LowStockEvents.LowStockEvent;
import dev.quicksilver.examples.inventory.MovementReport.MovementView;
import dev.quicksilver.examples.inventory.MovementReport.Report;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The movements journal and report, and the low-stock event stream. */
@RestController
final class ReportController {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final MovementReport report;
    private final LowStockEvents events;

    ReportController(MovementReport report, LowStockEvents events) {
        this.report = report;
        this.events = events;
    }

    @GetMapping("/movements")
    Flux<MovementView> movements(@RequestParam String sku, @RequestParam(defaultValue = "100") int limit) {
        return report.movements(sku, limit);
    }

    @GetMapping("/reports/movements")
    Mono<Report> movementReport(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(defaultValue = "day") String by) {
        return report.report(from, to, by);
    }

    /**
     * Server-sent events: first a comment {@code subscribed} once this subscriber receives events, then a
     * {@code low-stock} event per change that took available stock below an item's threshold, and a
     * keep-alive comment every 15 s.
     */
    @GetMapping(path = "/events/low-stock", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<LowStockEvent>> lowStock() {
        Flux<ServerSentEvent<LowStockEvent>> lowStock = events.events()
                .map(event -> ServerSentEvent.builder(event).event("low-stock").build());
        // merge subscribes in order: the comment is sent only after the sink has this subscriber
        return Flux.merge(lowStock,
                Mono.just(ServerSentEvent.<LowStockEvent>builder().comment("subscribed").build()),
                Flux.interval(KEEP_ALIVE).map(tick -> ServerSentEvent.<LowStockEvent>builder().comment("keep-alive")
                        .build()));
    }
}
