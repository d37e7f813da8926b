package dev.quicksilver.query.kit;

import static dev.quicksilver.mapping.chinook.InvoiceLine_.INVOICE_LINE;
import static dev.quicksilver.mapping.chinook.Invoice_.INVOICE;
import static dev.quicksilver.mapping.chinook.Playlist_.PLAYLIST;
import static dev.quicksilver.mapping.chinook.Track_.TRACK;

import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.query.Quicksilver;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * The query engine never blocks a non-blocking thread: with BlockHound installed, queries with
 * relationship loading, counts and writes run subscribed on Reactor's parallel scheduler — with a
 * fresh mapping context, so entity metadata (and its generated accessor classes) is first built there.
 * Runs in a JVM of its own (the {@code blockhound-tests} execution), like core's BlockingTestKit.
 */
@org.junit.jupiter.api.extension.ExtendWith(dev.quicksilver.core.testkit.BlockHoundJvm.class)
public abstract class QueryBlockingTestKit extends ChinookTestKit {



    private Quicksilver fresh;

    @BeforeEach
    void freshMapping() {
        fresh = Quicksilver.of(db, MappingContext.builder().build());
    }

    @Test
    void blockHoundIsActive() {
        StepVerifier.create(reactor.core.publisher.Mono.fromCallable(() -> {
                    Thread.sleep(1);
                    return 1;
                }).subscribeOn(Schedulers.parallel()))
                .expectError(reactor.blockhound.BlockingOperationError.class).verify(TIMEOUT);
    }

    @Test
    void loadingAGraphDoesNotBlock() {
        StepVerifier.create(reactor.core.publisher.Flux.defer(() -> fresh.select(INVOICE)
                                .where(INVOICE.INVOICE_ID.le(30))
                                .load(INVOICE.LINES.then(INVOICE_LINE.TRACK).then(TRACK.ALBUM)).loadWindow(7).fetch())
                        .subscribeOn(Schedulers.parallel()))
                .expectNextCount(30).verifyComplete();
        StepVerifier.create(reactor.core.publisher.Flux.defer(() -> fresh.select(PLAYLIST).load(PLAYLIST.TRACKS).fetch())
                        .subscribeOn(Schedulers.parallel()))
                .expectNextCount(18).verifyComplete();
    }

    @Test
    void countsAndInListsDoNotBlock() {
        StepVerifier.create(reactor.core.publisher.Mono.defer(() -> fresh.select(TRACK)
                        .where(TRACK.TRACK_ID.in(List.of(1, 2, 3)).or(TRACK.NAME.contains("Rock"))).count())
                        .subscribeOn(Schedulers.parallel()))
                .expectNextMatches(count -> count > 3).verifyComplete();
    }

    @Test
    void aBulkInsertAndABatchedFlushDoNotBlock() {
        // the bulk writer (one streamed COPY on PostgreSQL, multi-row INSERT on H2) into a table of its own
        db.sql("CREATE TABLE \"blocking_genre\" (\"genre_id\" INTEGER PRIMARY KEY, \"name\" VARCHAR(120))")
                .rowsUpdated().block(TIMEOUT);
        dev.quicksilver.mapping.model.EntityModel<BlockingGenre> genres =
                dev.quicksilver.mapping.model.EntityModel.of(BlockingGenre.class);
        StepVerifier.create(reactor.core.publisher.Mono.defer(() -> fresh.bulkInsert(genres).chunkSize(100)
                                .write(reactor.core.publisher.Flux.range(1, 2_000)
                                        .map(i -> new BlockingGenre(i, "genre " + i))))
                        .subscribeOn(Schedulers.parallel()))
                .expectNextMatches(result -> result.rows() == 2_000).verifyComplete();
        // a session whose flush batches three updates of one shape, rolled back by an error after it
        StepVerifier.create(reactor.core.publisher.Flux.defer(() -> fresh.inSession(session -> session.select(genres)
                                .where(genres.column("genreId", Integer.class).le(3)).fetch()
                                .map(genre -> session.add(new BlockingGenre(genre.genreId(), genre.name() + "!")))
                                .then(session.flush())
                                .then(reactor.core.publisher.Mono.error(new IllegalStateException("roll back")))))
                        .subscribeOn(Schedulers.parallel()))
                .expectError(IllegalStateException.class).verify(TIMEOUT);
    }

    /** A small entity for the bulk writer's and the flush's blocking check. */
    @dev.quicksilver.mapping.annotation.Table(name = "blocking_genre")
    public record BlockingGenre(@dev.quicksilver.mapping.annotation.Id int genreId, String name) {
    }

    @Test
    void aWriteInATransactionDoesNotBlock() {
        StepVerifier.create(db.transactional(reactor.core.publisher.Mono.defer(() -> fresh.update(TRACK)
                                .set(TRACK.COMPOSER, "Nobody").where(TRACK.TRACK_ID.eq(1)).execute()
                                .then(reactor.core.publisher.Mono.error(new IllegalStateException("roll back")))))
                        .subscribeOn(Schedulers.parallel()))
                .expectError(IllegalStateException.class).verify(TIMEOUT);
    }
}
