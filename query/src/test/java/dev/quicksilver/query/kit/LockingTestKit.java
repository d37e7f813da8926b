package dev.quicksilver.query.kit;

import static dev.quicksilver.mapping.chinook.Genre_.GENRE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.dialect.LockMode;
import dev.quicksilver.core.exception.LockNotAvailableException;
import dev.quicksilver.core.exception.UnsupportedFeatureException;
import dev.quicksilver.mapping.chinook.Genre;
import dev.quicksilver.query.EntityQuery;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/**
 * Row locks taken by entity queries, between two concurrent transactions: FOR UPDATE holds a row,
 * SKIP LOCKED hands each worker of a job queue a different row, and a lock the database lacks is an
 * error in the stream.
 */
public abstract class LockingTestKit extends ChinookTestKit {

    /** Whether the database takes shared row locks ({@code FOR SHARE}). */
    protected boolean takesSharedLocks() {
        return true;
    }

    /**
     * Runs {@code holder} in a transaction that keeps its locks until {@code release} completes; returns
     * once the holder's rows are selected (locked), with the holder's eventual result.
     */
    private CompletableFuture<List<Integer>> holdLocks(EntityQuery<Genre> holder, Sinks.Empty<Void> release) {
        Sinks.One<Boolean> locked = Sinks.one();
        CompletableFuture<List<Integer>> result = db.transactional(holder.fetch().map(Genre::genreId).collectList()
                .flatMap(ids -> {
                    locked.tryEmitValue(true);
                    return release.asMono().thenReturn(ids);
                })).toFuture();
        locked.asMono().block(TIMEOUT);
        return result;
    }

    @Test
    void skipLockedHandsEachWorkerOfAJobQueueADifferentRow() throws Exception {
        EntityQuery<Genre> nextJob = qs.select(GENRE).orderBy(GENRE.GENRE_ID.asc()).limit(1)
                .lock(LockMode.FOR_UPDATE_SKIP_LOCKED);
        Sinks.Empty<Void> release = Sinks.empty();

        CompletableFuture<List<Integer>> first = holdLocks(nextJob, release);
        List<Integer> second = db.transactional(nextJob.fetch().map(Genre::genreId).collectList()).block(TIMEOUT);
        release.tryEmitEmpty();

        assertThat(first.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).containsExactly(1);
        assertThat(second).containsExactly(2);
        assertThat(recorder.sql()).allSatisfy(sql -> assertThat(sql).endsWith("FOR UPDATE SKIP LOCKED"));
        // once the first worker's transaction ended, its row is free again
        assertThat(db.transactional(nextJob.fetch().map(Genre::genreId).collectList()).block(TIMEOUT))
                .containsExactly(1);
    }

    @Test
    void forUpdateHoldsTheRowAgainstAnotherTransaction() throws Exception {
        EntityQuery<Genre> genreOne = qs.select(GENRE).where(GENRE.GENRE_ID.eq(1));
        Sinks.Empty<Void> release = Sinks.empty();

        CompletableFuture<List<Integer>> holder = holdLocks(genreOne.lock(LockMode.FOR_UPDATE), release);
        StepVerifier.create(db.transactional(genreOne.lock(LockMode.FOR_UPDATE_NOWAIT).fetch().collectList()))
                .expectError(LockNotAvailableException.class).verify(TIMEOUT);
        List<Integer> free = db.transactional(qs.select(GENRE).where(GENRE.GENRE_ID.eq(2)).lock(LockMode.FOR_UPDATE)
                .fetch().map(Genre::genreId).collectList()).block(TIMEOUT);
        release.tryEmitEmpty();

        assertThat(holder.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).containsExactly(1);
        assertThat(free).containsExactly(2);
    }

    @Test
    void forShareLocksWhereTheDatabaseHasItAndIsAnErrorValueWhereItDoesNot() {
        Mono<List<Genre>> shared = db.transactional(qs.select(GENRE).where(GENRE.GENRE_ID.le(3))
                .lock(LockMode.FOR_SHARE).fetch().collectList());
        if (takesSharedLocks()) {
            StepVerifier.create(shared).assertNext(genres -> assertThat(genres).hasSize(3)).verifyComplete();
            assertThat(recorder.sql().get(0)).endsWith("FOR SHARE");
        } else {
            StepVerifier.create(shared)
                    .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(UnsupportedFeatureException.class)
                            .hasMessageContaining("FOR_SHARE").hasMessageContaining("FOR_UPDATE"))
                    .verify(TIMEOUT);
            assertThat(recorder.count()).isZero();
        }
    }
}
