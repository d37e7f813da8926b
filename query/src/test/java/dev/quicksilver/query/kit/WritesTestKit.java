package dev.quicksilver.query.kit;

import static dev.quicksilver.query.entities.Stock.SKU;
import static dev.quicksilver.query.entities.Stock.STOCK;
import static dev.quicksilver.query.entities.Warehouse.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.exception.ForeignKeyViolationException;
import dev.quicksilver.core.testkit.DatabaseTestKit;
import dev.quicksilver.mapping.EntityValidationException;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.RefList;
import dev.quicksilver.mapping.ddl.SchemaDdl;
import dev.quicksilver.query.OptimisticLockException;
import dev.quicksilver.query.OptimisticRetry;
import dev.quicksilver.query.Quicksilver;
import dev.quicksilver.query.Session;
import dev.quicksilver.query.entities.Bottle;
import dev.quicksilver.query.entities.Crate;
import dev.quicksilver.query.entities.Movement;
import dev.quicksilver.query.entities.Shelf;
import dev.quicksilver.query.entities.Stock;
import dev.quicksilver.query.entities.Warehouse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Entity writes (generated values read back, validation first, optimistic locking and its retry recipe) and
 * the session (identity map, changed columns only, flush order, rollback, one operation at a time).
 */
public abstract class WritesTestKit extends DatabaseTestKit {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Quicksilver qs;

    /**
     * Whether a statement answers after its subscription returns (so a second operation can start while the
     * first is in flight). r2dbc-h2 answers synchronously, inside the subscription: there two operations never
     * overlap, and only the refusal after the session ended is shown.
     */
    protected boolean statementsAnswerAsynchronously() {
        return true;
    }

    @BeforeEach
    void createSchema() {
        qs = Quicksilver.of(db);
        execute(SchemaDdl.of(MappingContext.standard(), db.dialect())
                .create(List.of(Stock.class, Movement.class, Warehouse.class, Shelf.class,
                        Crate.class, Bottle.class)).toArray(String[]::new));
    }

    private Warehouse savedWarehouse() {
        Warehouse warehouse = qs.insert(new Warehouse("North", "Oslo")).block(TIMEOUT);
        recorder.reset();
        return warehouse;
    }

    @Test
    void insertReadsGeneratedValuesBackIntoTheObjectOrACopy() {
        Movement movement = qs.insert(new Movement(null, "A-1", -1)).block(TIMEOUT);
        assertThat(movement.id()).isNotNull();
        assertThat(qs.insert(new Movement(null, "A-1", 2)).block(TIMEOUT).id()).isEqualTo(movement.id() + 1);

        Warehouse warehouse = new Warehouse("North", "Oslo");
        Warehouse saved = qs.insert(warehouse).block(TIMEOUT);
        assertThat(saved).isSameAs(warehouse);
        assertThat(warehouse.getId()).isNotNull();
        assertThat(warehouse.getVersion()).isZero();
        assertThat(warehouse.getCreatedAt()).isNotNull().isEqualTo(warehouse.getUpdatedAt());

        Shelf shelf = qs.insert(new Shelf(null, "A1", Ref.of(warehouse))).block(TIMEOUT);
        assertThat(shelf.id()).as("a client UUID key, set before the insert").isNotNull();
        assertThat(qs.select(Shelf.SHELF).one().block(TIMEOUT).id()).isEqualTo(shelf.id());
    }

    @Test
    void aValidationFailureWritesNothing() {
        StepVerifier.create(qs.insert(new Stock("a-sku-far-longer-than-twenty", 5, 0)))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(EntityValidationException.class)
                        .hasMessageContaining("sku"))
                .verify(TIMEOUT);
        StepVerifier.create(qs.inSession(session -> Mono.just(session.add(new Warehouse("ok", null)))
                        .doOnNext(ignored -> session.add(new Stock("a-sku-far-longer-than-twenty", 5, 0)))))
                .expectError(EntityValidationException.class).verify(TIMEOUT);
        assertThat(count("\"stock\"")).isZero();
        assertThat(count("\"warehouse\"")).as("the session's earlier insert rolled back").isZero();
    }

    @Test
    void aStaleUpdateOrDeleteIsAnOptimisticLockExceptionNamingEntityIdAndVersion() {
        Stock stock = qs.insert(new Stock("A-1", 10, 0)).block(TIMEOUT);
        Stock updated = qs.update(stock.withQty(9)).block(TIMEOUT);
        assertThat(updated.version()).isEqualTo(1);
        assertThat(recorder.sql().get(recorder.sql().size() - 1)).contains("\"version\" = ");

        StepVerifier.create(qs.update(stock.withQty(8)))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(OptimisticLockException.class)
                            .hasMessageContaining("Stock with id A-1").hasMessageContaining("version 0");
                    OptimisticLockException stale = (OptimisticLockException) error;
                    assertThat(stale.entityType()).isEqualTo(Stock.class);
                    assertThat(stale.id()).isEqualTo("A-1");
                    assertThat(stale.expectedVersion()).isEqualTo(0L);
                })
                .verify(TIMEOUT);
        StepVerifier.create(qs.delete(stock)).expectError(OptimisticLockException.class).verify(TIMEOUT);
        assertThat(qs.select(STOCK).one().block(TIMEOUT)).isEqualTo(new Stock("A-1", 9, 1));
        qs.delete(updated).block(TIMEOUT);
        assertThat(count("\"stock\"")).isZero();
    }

    @Test
    void theRetryRecipeReloadsAndReappliesTheChange() {
        Stock stale = qs.insert(new Stock("A-1", 10, 0)).block(TIMEOUT);
        qs.update(stale.withQty(9)).block(TIMEOUT);   // another writer got there first
        AtomicInteger attempts = new AtomicInteger();

        Mono<Stock> takeOne = Mono.defer(() -> (attempts.incrementAndGet() == 1 ? Mono.just(stale)
                        : qs.select(STOCK).where(SKU.eq("A-1")).one())                       // reload
                .flatMap(stock -> qs.update(stock.withQty(stock.qty() - 1))))                  // reapply
                .retryWhen(OptimisticRetry.staleWrites(3));

        assertThat(takeOne.block(TIMEOUT)).isEqualTo(new Stock("A-1", 8, 2));
        assertThat(attempts).hasValue(2);
    }

    @Test
    void theSameRowLoadedTwiceIsTheSameObject() {
        Long id = savedWarehouse().getId();
        Boolean same = qs.inSession(session -> session.find(WAREHOUSE, id)
                .flatMap(first -> session.select(WAREHOUSE).where(WAREHOUSE.column("city", String.class).eq("Oslo"))
                        .one().flatMap(second -> session.find(WAREHOUSE, id)
                                .map(third -> first == second && second == third)))).single().block(TIMEOUT);
        assertThat(same).isTrue();
        assertThat(recorder.sql()).as("the second find is answered by the identity map")
                .filteredOn(sql -> sql.startsWith("SELECT")).hasSize(2);
    }

    @Test
    void changingOneFieldUpdatesOnlyThatColumn() {
        Long id = savedWarehouse().getId();
        Warehouse changed = qs.inSession(session -> session.find(WAREHOUSE, id).doOnNext(warehouse -> warehouse
                .setCity("Bergen"))).single().block(TIMEOUT);
        List<String> updates = recorder.sql().stream().filter(sql -> sql.startsWith("UPDATE")).toList();
        assertThat(updates).singleElement().satisfies(sql -> assertThat(sql)
                .contains("SET \"city\" = ", "\"updated_at\" = ", "\"version\" = ").doesNotContain("\"name\" ="));
        assertThat(changed.getVersion()).isEqualTo(1);
        assertThat(qs.select(WAREHOUSE).one().block(TIMEOUT).getCity()).isEqualTo("Bergen");

        recorder.reset();
        qs.inSession(session -> session.find(WAREHOUSE, id)).blockLast(TIMEOUT);
        assertThat(recorder.sql()).as("nothing changed, nothing written").noneMatch(sql -> sql.startsWith("UPDATE"));
    }

    @Test
    void aParentWithNewChildrenFlushesInDependencyOrder() {
        Warehouse warehouse = qs.inSession(session -> {
            Warehouse north = new Warehouse("North", "Oslo");
            session.add(new Shelf(null, "A1", Ref.of(north)));
            session.add(new Shelf(null, "A2", Ref.of(north)));
            return Mono.just(session.add(north));
        }).single().block(TIMEOUT);
        assertThat(recorder.sql()).as("the parent, then its two children as one batch")
                .filteredOn(sql -> sql.startsWith("INSERT")).hasSize(2)
                .first().asString().startsWith("INSERT INTO \"warehouse\"");
        assertThat(recorder.sql()).filteredOn(sql -> sql.startsWith("INSERT INTO \"shelf\"")).hasSize(1);
        assertThat(qs.select(Shelf.SHELF).fetch().map(shelf -> shelf.warehouse().key()).collectList().block(TIMEOUT))
                .containsOnly(warehouse.getId());

        recorder.reset();
        qs.inSession(session -> session.select(Shelf.SHELF).fetch().doOnNext(session::remove)
                .then(session.find(WAREHOUSE, warehouse.getId())).doOnNext(session::remove)).blockLast(TIMEOUT);
        assertThat(recorder.sql()).as("the children as one batch, then the parent")
                .filteredOn(sql -> sql.startsWith("DELETE")).hasSize(2)
                .last().asString().startsWith("DELETE FROM \"warehouse\"");
        assertThat(count("\"warehouse\"")).isZero();
    }

    @Test
    void aFlushBatchesWritesOfOneStatementAndAStaleOneNamesItsEntity() {
        List<Warehouse> saved = qs.insert(new Warehouse("North", "Oslo"))
                .concatWith(qs.insert(new Warehouse("South", "Rome")))
                .concatWith(qs.insert(new Warehouse("East", "Riga"))).collectList().block(TIMEOUT);
        recorder.reset();
        List<Warehouse> added = qs.inSession(session -> session.select(WAREHOUSE).fetch()
                .doOnNext(warehouse -> warehouse.setCity(warehouse.getCity() + " harbour"))
                .thenMany(Flux.range(1, 4).map(i -> session.add(new Warehouse("New " + i, "Tallinn")))))
                .collectList().block(TIMEOUT);
        assertThat(recorder.sql()).as("four inserts of one shape, then three updates of one shape: two batches")
                .filteredOn(sql -> sql.startsWith("INSERT") || sql.startsWith("UPDATE")).hasSize(2);
        assertThat(added).hasSize(4).extracting(Warehouse::getId).doesNotContainNull().doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(saved.stream().map(Warehouse::getId).toList());
        assertThat(added).extracting(Warehouse::getVersion).containsOnly(0);
        assertThat(qs.select(WAREHOUSE).where(WAREHOUSE.column("city", String.class).eq("Tallinn")).count()
                .block(TIMEOUT)).isEqualTo(4);
        assertThat(db.sql("SELECT \"city\", \"version\" FROM \"warehouse\" WHERE \"name\" IN ('North', 'South', 'East')"
                        + " ORDER BY \"id\"").map(row -> row.get(0, String.class) + "/" + row.get(1, Integer.class))
                .collectList().block(TIMEOUT)).containsExactly("Oslo harbour/1", "Rome harbour/1", "Riga harbour/1");

        // another writer changes South first: the batch's count for South is 0, the flush fails naming it
        Long south = saved.get(1).getId();
        StepVerifier.create(qs.inSession(session -> session.select(WAREHOUSE).fetch()
                        .doOnNext(warehouse -> warehouse.setCity("Moved"))
                        .then(db.sql("UPDATE \"warehouse\" SET \"version\" = \"version\" + 1 WHERE \"id\" = :id")
                                .bind("id", south).rowsUpdated())))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(OptimisticLockException.class)
                        .hasMessageContaining("Warehouse with id " + south))
                .verify(TIMEOUT);
        assertThat(db.sql("SELECT COUNT(*) FROM \"warehouse\" WHERE \"city\" = 'Moved'").map(row -> row.get(0, Long.class))
                .single().block(TIMEOUT)).as("the whole flush rolled back").isZero();
    }

    @Test
    void aFailedFlushRollsEverythingBack() {
        Long id = savedWarehouse().getId();
        StepVerifier.create(qs.inSession(session -> session.find(WAREHOUSE, id).map(warehouse -> {
                    warehouse.setName("Renamed");
                    session.add(new Warehouse("South", "Rome"));
                    return session.add(new Shelf(null, "X", Ref.toKey(-1L)));   // no such warehouse
                })))
                .expectError(ForeignKeyViolationException.class).verify(TIMEOUT);
        assertThat(count("\"warehouse\"")).isEqualTo(1);
        assertThat(count("\"shelf\"")).isZero();
        assertThat(qs.select(WAREHOUSE).one().block(TIMEOUT).getName()).isEqualTo("North");
    }

    @Test
    void aSessionRunsOneOperationAtATime() {
        Long id = savedWarehouse().getId();
        if (statementsAnswerAsynchronously()) {
            StepVerifier.create(qs.inSession(session -> Mono.zip(session.find(WAREHOUSE, id),
                        session.find(STOCK, "A-1").defaultIfEmpty(new Stock("none", 0, 0)))))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("one operation at a time").hasMessageContaining("find(Warehouse"))
                .verify(TIMEOUT);
        }
        Session[] escaped = new Session[1];
        assertThat(qs.inSession(session -> Session.current().doOnNext(current -> escaped[0] = current)
                .map(current -> current == session)).single().block(TIMEOUT)).isTrue();
        StepVerifier.create(escaped[0].find(WAREHOUSE, id))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("has ended")).verify(TIMEOUT);
    }

    @Test
    void addAndRemoveCascadeToLoadedChildrenWhereDeclared() {
        Crate reds = new Crate(1, "reds", RefList.of(List.of(new Bottle(10, "merlot", Ref.toKey(1L)),
                new Bottle(11, "syrah", Ref.toKey(1L)))));
        Crate whites = new Crate(2, "whites", RefList.of(List.of(new Bottle(20, "riesling", Ref.toKey(2L)))));
        qs.inSession(session -> Mono.just(session.add(reds)).then(Mono.fromCallable(() -> session.add(whites))))
                .blockLast(TIMEOUT);
        assertThat(recorder.sql()).as("the two crates as one batch, then the three bottles as one")
                .filteredOn(sql -> sql.startsWith("INSERT")).hasSize(2)
                .first().asString().startsWith("INSERT INTO \"crate\"");
        assertThat(count("\"crate\"")).isEqualTo(2);
        assertThat(count("\"bottle\"")).isEqualTo(3);

        recorder.reset();
        qs.inSession(session -> session.select(Crate.CRATE).where(Crate.CRATE.column("crateId", Long.class).eq(1L))
                .load(Crate.BOTTLES).fetch().doOnNext(session::remove)).blockLast(TIMEOUT);
        assertThat(recorder.sql()).as("the two bottles as one batch, then the crate")
                .filteredOn(sql -> sql.startsWith("DELETE")).hasSize(2)
                .last().asString().startsWith("DELETE FROM \"crate\"");
        assertThat(count("\"crate\"")).isEqualTo(1);
        assertThat(count("\"bottle\"")).isEqualTo(1);

        // bottles not loaded: nothing passes on (no load behind your back), the foreign key refuses, all rolled back
        StepVerifier.create(qs.inSession(session -> session.find(Crate.CRATE, 2L).doOnNext(session::remove)))
                .expectError(ForeignKeyViolationException.class).verify(TIMEOUT);
        assertThat(count("\"bottle\"")).isEqualTo(1);
        assertThat(count("\"crate\"")).isEqualTo(1);
    }
}
