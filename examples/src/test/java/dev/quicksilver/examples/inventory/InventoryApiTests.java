package dev.quicksilver.examples.inventory;

import static dev.quicksilver.examples.inventory.InventoryFixtures.problem;
import static dev.quicksilver.examples.inventory.InventoryFixtures.stock;
import static dev.quicksilver.examples.inventory.InventoryFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.examples.inventory.LowStockEvents.LowStockEvent;
import dev.quicksilver.examples.inventory.MovementReport.MovementView;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/**
 * The inventory example's API on a real database (H2 and PostgreSQL subclass it): catalogue, stock
 * changes with their 400/404/409 answers, no lost update under concurrent requests, the streamed CSV import,
 * reports and low-stock events.
 */
@SpringBootTest(classes = InventoryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = InventoryApplication.CONFIG)
@AutoConfigureWebTestClient
abstract class InventoryApiTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    InventoryFixtures fixtures;

    @BeforeEach
    void fixtures() {
        client = client.mutate().responseTimeout(TIMEOUT).build();
        fixtures = new InventoryFixtures(client);
    }

    @Test
    void theIndexListsTheEndpoints() {
        client.get().uri("/").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.example").isEqualTo("inventory")
                .jsonPath("$.endpoints['POST /imports/stock']").exists()
                .jsonPath("$.endpoints['GET /events/low-stock']").exists();
    }

    @Test
    void warehousesAreCreatedListedAndFound() {
        String code = fixtures.warehouse();
        client.get().uri("/warehouses/{code}", code).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.code").isEqualTo(code).jsonPath("$.id").isNumber();
        client.get().uri("/warehouses").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.code == '" + code + "')]").exists();

        problem(client.get().uri("/warehouses/NOPE-1").exchange(), HttpStatus.NOT_FOUND, "warehouse NOPE-1 does not exist");
        problem(client.post().uri("/warehouses").bodyValue(Map.of("code", code, "name", "again")).exchange(),
                HttpStatus.CONFLICT, "uq_warehouse_code");
        problem(client.post().uri("/warehouses").bodyValue(Map.of("code", "has space", "name", "x")).exchange(),
                HttpStatus.BAD_REQUEST, "code 'has space' must be");
        problem(client.post().uri("/warehouses").bodyValue(Map.of("code", "OK-1")).exchange(),
                HttpStatus.BAD_REQUEST, "name is required");
        client.post().uri("/warehouses").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"code\": ").exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void itemsAreCreatedAndChangedOnlyWithTheCurrentVersion() {
        String sku = fixtures.item(5);
        client.get().uri("/items/{sku}", sku).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.name").isEqualTo("Item " + sku)
                .jsonPath("$.lowStockThreshold").isEqualTo(5)
                .jsonPath("$.version").isEqualTo(0);
        client.get().uri("/items").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.sku == '" + sku + "')]").exists();

        client.put().uri("/items/{sku}", sku).bodyValue(Map.of("name", "Renamed", "lowStockThreshold", 7, "version", 0))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.name").isEqualTo("Renamed").jsonPath("$.version").isEqualTo(1);
        // a client that read version 0 before that change must not overwrite it
        problem(client.put().uri("/items/{sku}", sku)
                .bodyValue(Map.of("name", "Lost update", "lowStockThreshold", 1, "version", 0)).exchange(),
                HttpStatus.CONFLICT, "version");
        client.get().uri("/items/{sku}", sku).exchange().expectBody().jsonPath("$.name").isEqualTo("Renamed");


        // the same with HTTP's own precondition: the ETag read, sent back as If-Match
        String etag = client.get().uri("/items/{sku}", sku).exchange().expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"").returnResult(Item.class).getResponseHeaders().getETag();
        client.put().uri("/items/{sku}", sku).header("If-Match", etag).bodyValue(Map.of("name", "Again",
                "lowStockThreshold", 7)).exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"");
        problem(client.put().uri("/items/{sku}", sku).header("If-Match", etag).bodyValue(Map.of("name", "Lost",
                "lowStockThreshold", 7)).exchange(), HttpStatus.CONFLICT, "no longer at version 1");
        problem(client.put().uri("/items/{sku}", sku).header("If-Match", "*").bodyValue(Map.of("name", "x",
                "lowStockThreshold", 7)).exchange(), HttpStatus.BAD_REQUEST, "If-Match must be an entity tag");

        problem(client.put().uri("/items/{sku}", sku).bodyValue(Map.of("name", "x", "lowStockThreshold", 1)).exchange(),
                HttpStatus.BAD_REQUEST, "version is required");
        problem(client.put().uri("/items/NOPE-2").bodyValue(Map.of("name", "x", "lowStockThreshold", 1, "version", 0))
                .exchange(), HttpStatus.NOT_FOUND, "item NOPE-2 does not exist");
        problem(client.get().uri("/items/NOPE-3").exchange(), HttpStatus.NOT_FOUND, "item NOPE-3");
        problem(client.post().uri("/items").bodyValue(Map.of("sku", sku, "name", "dup", "lowStockThreshold", 1))
                .exchange(), HttpStatus.CONFLICT, "uq_item_sku");
        problem(client.post().uri("/items").bodyValue(Map.of("sku", unique("S"), "name", "x", "lowStockThreshold", -1))
                .exchange(), HttpStatus.BAD_REQUEST, "lowStockThreshold must be 0 or more");
    }

    @Test
    void stockIsReceivedReservedMovedAndShipped() {
        String berlin = fixtures.warehouse();
        String hamburg = fixtures.warehouse();
        String sku = fixtures.item(0);

        assertThat(fixtures.level(berlin, sku)).isEqualTo(new StockLevelView(berlin, sku, 0, 0, 0));
        assertThat(fixtures.change("receive", sku, berlin, 10)).isEqualTo(new StockLevelView(berlin, sku, 10, 0, 10));
        assertThat(fixtures.change("reserve", sku, berlin, 4)).isEqualTo(new StockLevelView(berlin, sku, 10, 4, 6));
        assertThat(fixtures.change("ship", sku, berlin, 3)).isEqualTo(new StockLevelView(berlin, sku, 7, 1, 6));

        List<StockLevelView> moved = client.post().uri("/stock/move")
                .bodyValue(Map.of("sku", sku, "from", berlin, "to", hamburg, "qty", 5)).exchange()
                .expectStatus().isOk().expectBodyList(StockLevelView.class).returnResult().getResponseBody();
        assertThat(moved).containsExactly(new StockLevelView(berlin, sku, 2, 1, 1),
                new StockLevelView(hamburg, sku, 5, 0, 5));

        assertThat(client.get().uri("/stock?sku={sku}", sku).exchange().expectStatus().isOk()
                .expectBodyList(StockLevelView.class).returnResult().getResponseBody())
                .containsExactlyInAnyOrder(new StockLevelView(berlin, sku, 2, 1, 1),
                        new StockLevelView(hamburg, sku, 5, 0, 5));
        assertThat(client.get().uri("/stock?warehouse={w}&sku={sku}", hamburg, sku).exchange()
                .expectBodyList(StockLevelView.class).returnResult().getResponseBody())
                .containsExactly(new StockLevelView(hamburg, sku, 5, 0, 5));

        assertThat(fixtures.movements(sku)).extracting(MovementView::kind, MovementView::from, MovementView::to,
                        MovementView::qty)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MovementKind.MOVE, berlin, hamburg, 5),
                        org.assertj.core.groups.Tuple.tuple(MovementKind.SHIP, berlin, null, 3),
                        org.assertj.core.groups.Tuple.tuple(MovementKind.RESERVE, berlin, null, 4),
                        org.assertj.core.groups.Tuple.tuple(MovementKind.RECEIVE, null, berlin, 10));
    }

    @Test
    void stockChangesRefuseWhatIsNotThere() {
        String berlin = fixtures.warehouse();
        String hamburg = fixtures.warehouse();
        String sku = fixtures.item(0);
        fixtures.change("receive", sku, berlin, 3);
        fixtures.change("reserve", sku, berlin, 1);

        problem(client.post().uri("/stock/reserve").bodyValue(stock(sku, berlin, 3)).exchange(), HttpStatus.CONFLICT,
                "Cannot reserve 3 of " + sku + " at " + berlin + ": only 2 available");
        problem(client.post().uri("/stock/ship").bodyValue(stock(sku, berlin, 2)).exchange(), HttpStatus.CONFLICT,
                "Cannot ship 2", "only 1 reserved");
        problem(client.post().uri("/stock/move").bodyValue(Map.of("sku", sku, "from", berlin, "to", hamburg, "qty", 3))
                .exchange(), HttpStatus.CONFLICT, "Cannot move 3", "only 2 available");
        problem(client.post().uri("/stock/reserve").bodyValue(stock(sku, hamburg, 1)).exchange(), HttpStatus.CONFLICT,
                "only 0 available");
        // nothing changed, in either warehouse
        assertThat(fixtures.level(berlin, sku)).isEqualTo(new StockLevelView(berlin, sku, 3, 1, 2));
        assertThat(fixtures.level(hamburg, sku)).isEqualTo(new StockLevelView(hamburg, sku, 0, 0, 0));

        problem(client.post().uri("/stock/receive").bodyValue(stock("NOPE-4", berlin, 1)).exchange(),
                HttpStatus.NOT_FOUND, "item NOPE-4 does not exist");
        problem(client.post().uri("/stock/reserve").bodyValue(stock(sku, "NOPE-5", 1)).exchange(),
                HttpStatus.NOT_FOUND, "warehouse NOPE-5 does not exist");
        problem(client.post().uri("/stock/move").bodyValue(Map.of("sku", sku, "from", berlin, "to", "NOPE-6", "qty", 1))
                .exchange(), HttpStatus.NOT_FOUND, "warehouse NOPE-6");
        problem(client.get().uri("/stock/{w}/{sku}", berlin, "NOPE-7").exchange(), HttpStatus.NOT_FOUND, "item NOPE-7");
        problem(client.post().uri("/stock/receive").bodyValue(stock(sku, berlin, 0)).exchange(),
                HttpStatus.BAD_REQUEST, "qty must be between 1 and");
        problem(client.post().uri("/stock/ship").bodyValue(Map.of("warehouse", berlin, "qty", 1)).exchange(),
                HttpStatus.BAD_REQUEST, "sku is required");
        problem(client.post().uri("/stock/move").bodyValue(Map.of("sku", sku, "from", berlin, "to", berlin, "qty", 1))
                .exchange(), HttpStatus.BAD_REQUEST, "same warehouse");
        client.post().uri("/stock/reserve").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"sku\":\"" + sku + "\",\"warehouse\":\"" + berlin + "\",\"qty\":\"many\"}").exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void aStockLevelRefusesToOverflow() {
        String warehouse = fixtures.warehouse();
        String other = fixtures.warehouse();
        String sku = fixtures.item(0);
        String million = sku + "," + warehouse + ",1000000\n";
        importCsv(StockImport.HEADER + "\n" + million.repeat(2_147), MediaType.APPLICATION_JSON).expectStatus().isOk();
        fixtures.change("receive", sku, other, 1_000_000);

        problem(client.post().uri("/stock/receive").bodyValue(stock(sku, warehouse, 1_000_000)).exchange(),
                HttpStatus.CONFLICT, "holds at most 2147483647 units");
        problem(client.post().uri("/stock/move").bodyValue(Map.of("sku", sku, "from", other, "to", warehouse,
                "qty", 1_000_000)).exchange(), HttpStatus.CONFLICT, "holds at most 2147483647 units");
        problem(importCsv(StockImport.HEADER + "\n" + million, MediaType.APPLICATION_JSON), HttpStatus.CONFLICT,
                "past 2147483647 units; nothing was imported");
        assertThat(fixtures.level(warehouse, sku).onHand()).isEqualTo(2_147_000_000);
        assertThat(fixtures.level(other, sku).onHand()).isEqualTo(1_000_000);
        problem(client.post().uri("/warehouses").bodyValue(Map.of("code", unique("L"), "name", "x".repeat(101)))
                .exchange(), HttpStatus.BAD_REQUEST, "name must be at most 100 characters");
    }

    @Test
    void concurrentReservationsNeverOversell() {
        String warehouse = fixtures.warehouse();
        String sku = fixtures.item(0);
        fixtures.change("receive", sku, warehouse, 20);

        Map<Integer, Long> statuses = concurrently(50, i -> post("/stock/reserve", stock(sku, warehouse, 1)));

        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(200, 20L, 409, 30L));
        assertThat(fixtures.level(warehouse, sku)).isEqualTo(new StockLevelView(warehouse, sku, 20, 20, 0));
        assertThat(fixtures.movements(sku)).filteredOn(movement -> movement.kind() == MovementKind.RESERVE).hasSize(20);
    }

    @Test
    void concurrentReceiptsAndOppositeMovesKeepEveryUnit() {
        String berlin = fixtures.warehouse();
        String hamburg = fixtures.warehouse();
        String sku = fixtures.item(0);

        Map<Integer, Long> receipts = concurrently(40, i -> post("/stock/receive", stock(sku, i % 2 == 0 ? berlin
                : hamburg, i + 1)));
        assertThat(receipts).containsExactlyEntriesOf(Map.of(200, 40L));
        int evens = 0;
        int odds = 0;
        for (int i = 0; i < 40; i++) {
            if (i % 2 == 0) {
                evens += i + 1;
            } else {
                odds += i + 1;
            }
        }
        assertThat(fixtures.level(berlin, sku).onHand()).isEqualTo(evens);
        assertThat(fixtures.level(hamburg, sku).onHand()).isEqualTo(odds);

        Map<Integer, Long> moves = concurrently(40, i -> post("/stock/move", Map.of("sku", sku,
                "from", i % 2 == 0 ? berlin : hamburg, "to", i % 2 == 0 ? hamburg : berlin, "qty", 2)));
        assertThat(moves).containsExactlyEntriesOf(Map.of(200, 40L));
        assertThat(fixtures.level(berlin, sku).onHand()).isEqualTo(evens);
        assertThat(fixtures.level(hamburg, sku).onHand()).isEqualTo(odds);
        assertThat(fixtures.movements(sku)).hasSize(80);
    }

    @Test
    void theMovementsReportAggregatesByDayWarehouseAndItem() {
        String warehouse = fixtures.warehouse();
        String sku = fixtures.item(0);
        fixtures.change("receive", sku, warehouse, 10);
        fixtures.change("receive", sku, warehouse, 5);
        fixtures.change("reserve", sku, warehouse, 4);
        fixtures.change("ship", sku, warehouse, 4);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        client.get().uri("/reports/movements?from={d}&to={d}&by=item", today, today).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.by").isEqualTo("item")
                .jsonPath("$.groups[?(@.key == '" + sku + "')].totals.RECEIVE.movements").isEqualTo(2)
                .jsonPath("$.groups[?(@.key == '" + sku + "')].totals.RECEIVE.quantity").isEqualTo(15)
                .jsonPath("$.groups[?(@.key == '" + sku + "')].totals.RESERVE.quantity").isEqualTo(4)
                .jsonPath("$.groups[?(@.key == '" + sku + "')].totals.SHIP.movements").isEqualTo(1)
                .jsonPath("$.groups[?(@.key == '" + sku + "')].totals.MOVE").doesNotExist();
        client.get().uri("/reports/movements?from={d}&to={d}&by=warehouse", today, today).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.groups[?(@.key == '" + warehouse + "')].totals.RECEIVE.quantity").isEqualTo(15)
                .jsonPath("$.groups[?(@.key == '" + warehouse + "')].totals.SHIP.quantity").isEqualTo(4);
        client.get().uri("/reports/movements?from={from}&to={to}&by=day", today.minusDays(3), today).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.groups[?(@.key == '" + today + "')].totals.RECEIVE.movements").exists();
        client.get().uri("/reports/movements?from={d}&to={d}&by=day", today.plusDays(1), today.plusDays(1)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.groups").isEmpty();

        problem(client.get().uri("/reports/movements?from={d}&to={d}&by=month", today, today).exchange(),
                HttpStatus.BAD_REQUEST, "by must be day, warehouse or item");
        problem(client.get().uri("/reports/movements?from={from}&to={to}", today, today.minusDays(1)).exchange(),
                HttpStatus.BAD_REQUEST, "from must not be after to");
        client.get().uri("/reports/movements?from=yesterday&to={d}", today).exchange().expectStatus().isBadRequest();
        client.get().uri("/reports/movements?to={d}", today).exchange().expectStatus().isBadRequest();
        problem(client.get().uri("/movements?sku={sku}&limit=0", sku).exchange(), HttpStatus.BAD_REQUEST,
                "limit must be between 1 and");
        problem(client.get().uri("/movements?sku=NOPE-8").exchange(), HttpStatus.NOT_FOUND, "item NOPE-8");
    }

    @Test
    void aReservationBelowTheThresholdIsALowStockEvent() {
        String warehouse = fixtures.warehouse();
        String sku = fixtures.item(5);
        fixtures.change("receive", sku, warehouse, 8);

        Flux<ServerSentEvent<LowStockEvent>> events = client.get().uri("/events/low-stock")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<LowStockEvent>>() { })
                .getResponseBody()
                .filter(event -> event.data() == null ? "subscribed".equals(event.comment())
                        : event.data().sku().equals(sku));

        StepVerifier.create(events)
                .assertNext(subscribed -> assertThat(subscribed.comment()).isEqualTo("subscribed"))
                .then(() -> {
                    fixtures.change("reserve", sku, warehouse, 3);  // 8 → 5 available: not below 5
                    fixtures.change("reserve", sku, warehouse, 2);  // 5 → 3: below
                    fixtures.change("reserve", sku, warehouse, 1);  // 3 → 2: already below, no second event
                    fixtures.change("receive", sku, warehouse, 10); // 2 → 12
                    fixtures.change("reserve", sku, warehouse, 9);  // 12 → 3: below again
                })
                .assertNext(event -> {
                    assertThat(event.event()).isEqualTo("low-stock");
                    assertThat(event.data()).extracting(LowStockEvent::warehouse, LowStockEvent::available,
                            LowStockEvent::threshold, LowStockEvent::cause).containsExactly(warehouse, 3, 5,
                            MovementKind.RESERVE);
                })
                .assertNext(event -> assertThat(event.data().available()).isEqualTo(3))
                .thenCancel()
                .verify(TIMEOUT);
    }

    @Test
    void aStreamedCsvImportReportsProgressAndAddsTheStock() {
        String berlin = fixtures.warehouse();
        String hamburg = fixtures.warehouse();
        String lamp = fixtures.item(0);
        String desk = fixtures.item(0);
        fixtures.change("receive", lamp, berlin, 7);
        int lines = 10_000;
        // sent as a stream: 10,000 lines in buffers of 100, never one string
        Flux<String> body = Flux.concat(Flux.just(StockImport.HEADER + "\n"), Flux.range(0, lines)
                .map(i -> (i % 2 == 0 ? lamp : desk) + "," + (i % 4 < 2 ? berlin : hamburg) + "," + (i % 3 + 1) + "\n")
                .buffer(100).map(chunk -> String.join("", chunk)));

        List<StockImport.ImportProgress> progress = client.post().uri("/imports/stock")
                .contentType(MediaType.parseMediaType("text/csv")).accept(MediaType.APPLICATION_NDJSON)
                .body(body, String.class).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
                .returnResult(StockImport.ImportProgress.class).getResponseBody().collectList().block(TIMEOUT);

        assertThat(progress).hasSizeGreaterThanOrEqualTo(2);
        List<StockImport.ImportProgress> chunks = progress.subList(0, progress.size() - 1);
        assertThat(chunks).allSatisfy(record -> assertThat(record.status()).isEqualTo("importing"));
        assertThat(chunks).extracting(StockImport.ImportProgress::rows).isSorted().doesNotHaveDuplicates()
                .last().isEqualTo((long) lines);
        StockImport.ImportProgress done = progress.get(progress.size() - 1);
        assertThat(done.status()).isEqualTo("done");
        assertThat(done.rows()).isEqualTo(lines);
        assertThat(done.stockLevels()).isEqualTo(4);

        int[] expected = new int[4];    // lamp@berlin, desk@berlin, lamp@hamburg, desk@hamburg
        for (int i = 0; i < lines; i++) {
            expected[(i % 2) + (i % 4 < 2 ? 0 : 2)] += i % 3 + 1;
        }
        assertThat(fixtures.level(berlin, lamp).onHand()).isEqualTo(7 + expected[0]);
        assertThat(fixtures.level(berlin, desk).onHand()).isEqualTo(expected[1]);
        assertThat(fixtures.level(hamburg, lamp).onHand()).isEqualTo(expected[2]);
        assertThat(fixtures.level(hamburg, desk).onHand()).isEqualTo(expected[3]);
        assertThat(fixtures.movements(lamp)).filteredOn(movement -> movement.kind() == MovementKind.RECEIVE)
                .hasSize(1_000);  // the journal's limit: 5,001 were written

        // what curl sends (Accept: */*) gets the stream too
        importCsv(StockImport.HEADER + "\n" + lamp + "," + berlin + ",1\n", MediaType.ALL).expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
                .returnResult(StockImport.ImportProgress.class).getResponseBody()
                .map(StockImport.ImportProgress::status).as(StepVerifier::create)
                .expectNext("importing", "done").expectComplete().verify(TIMEOUT);
        assertThat(fixtures.level(berlin, lamp).onHand()).isEqualTo(7 + expected[0] + 1);
    }

    @Test
    void importProgressArrivesWhileTheBodyIsStillBeingSent() {
        String warehouse = fixtures.warehouse();
        String sku = fixtures.item(0);
        String line = sku + "," + warehouse + ",1\n";
        Sinks.Many<String> body = Sinks.many().unicast().onBackpressureBuffer();
        body.tryEmitNext(StockImport.HEADER + "\n" + line.repeat(2_500));

        Flux<StockImport.ImportProgress> progress = client.post().uri("/imports/stock")
                .contentType(MediaType.parseMediaType("text/csv")).accept(MediaType.APPLICATION_NDJSON)
                .body(body.asFlux(), String.class).exchange().expectStatus().isOk()
                .returnResult(StockImport.ImportProgress.class).getResponseBody();

        // the first chunks are written and reported before the rest of the body exists
        StepVerifier.create(progress)
                .assertNext(first -> assertThat(first.rows()).isEqualTo(1_000))
                .assertNext(second -> assertThat(second.rows()).isEqualTo(2_000))
                .then(() -> {
                    body.tryEmitNext(line.repeat(2_500));
                    body.tryEmitComplete();
                })
                .thenConsumeWhile(record -> record.status().equals("importing"))
                .assertNext(done -> assertThat(done.rows()).isEqualTo(5_000))
                .expectComplete()
                .verify(TIMEOUT);
        assertThat(fixtures.level(warehouse, sku).onHand()).isEqualTo(5_000);
    }

    @Test
    void anInvalidCsvLineImportsNothingAndNamesTheLine() {
        String warehouse = fixtures.warehouse();
        String sku = fixtures.item(0);
        String valid = sku + "," + warehouse + ",2\n";

        // asked as JSON, the answer waits for the commit: a bad line anywhere is a 400
        problem(importCsv(StockImport.HEADER + "\n" + valid.repeat(4_999) + "NOPE-9," + warehouse + ",1\n" + valid,
                MediaType.APPLICATION_JSON), HttpStatus.BAD_REQUEST, "line 5001: unknown sku 'NOPE-9'",
                "nothing was imported");
        problem(importCsv(StockImport.HEADER + "\n" + valid + sku + "," + warehouse + ",two\n", MediaType.APPLICATION_JSON),
                HttpStatus.BAD_REQUEST, "line 3: qty 'two' is not a whole number");
        problem(importCsv(StockImport.HEADER + "\n" + sku + "," + warehouse + ",-4\n", MediaType.APPLICATION_NDJSON),
                HttpStatus.BAD_REQUEST, "line 2: qty must be between 1 and 1000000, was -4");
        problem(importCsv(StockImport.HEADER + "\n" + sku + ",NOPE-10,1\n", MediaType.APPLICATION_NDJSON),
                HttpStatus.BAD_REQUEST, "line 2: unknown warehouse 'NOPE-10'");
        problem(importCsv(sku + "," + warehouse + ",1\n", MediaType.APPLICATION_NDJSON), HttpStatus.BAD_REQUEST,
                "line 1: expected the header 'sku,warehouse,qty'");
        problem(importCsv(StockImport.HEADER + "\n" + sku + "," + warehouse + "\n", MediaType.APPLICATION_NDJSON),
                HttpStatus.BAD_REQUEST, "line 2: expected 3 fields");

        // streamed, progress went out before the bad line: the last record says what failed
        List<StockImport.ImportProgress> streamed = importCsv(StockImport.HEADER + "\n" + valid.repeat(4_999)
                + sku + ",NOPE-11,1\n", MediaType.APPLICATION_NDJSON).expectStatus().isOk()
                .returnResult(StockImport.ImportProgress.class).getResponseBody().collectList().block(TIMEOUT);
        assertThat(streamed.get(0).status()).isEqualTo("importing");
        assertThat(streamed.get(streamed.size() - 1)).satisfies(failed -> {
            assertThat(failed.status()).isEqualTo("failed");
            assertThat(failed.error()).contains("line 5001: unknown warehouse 'NOPE-11'");
        });

        assertThat(fixtures.level(warehouse, sku)).isEqualTo(new StockLevelView(warehouse, sku, 0, 0, 0));
        assertThat(fixtures.movements(sku)).isEmpty();
        client.post().uri("/imports/stock").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    private WebTestClient.ResponseSpec importCsv(String csv, MediaType accept) {
        return client.post().uri("/imports/stock").contentType(MediaType.parseMediaType("text/csv")).accept(accept)
                .bodyValue(csv).exchange();
    }

    /** Sends n requests at once (not through WebTestClient, which waits for each answer); counts statuses. */
    private Map<Integer, Long> concurrently(int n, Function<Integer, Mono<Integer>> request) {
        return Flux.range(0, n).flatMap(request::apply, n).collectList().block(TIMEOUT).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private Mono<Integer> post(String path, Object body) {
        return WebClient.create("http://localhost:" + port).post().uri(path).bodyValue(body)
                .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()));
    }
}
