package dev.quicksilver.migrations.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.core.exception.DatabaseException;
import dev.quicksilver.core.exception.IntegrityViolationException;
import dev.quicksilver.core.exception.LockNotAvailableException;
import dev.quicksilver.core.exception.TransientDatabaseException;
import dev.quicksilver.migrations.MigrationLockException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * A lock row in {@code <history>_lock}, for databases without advisory locks (H2): taken by inserting
 * the row (or taking over a row whose expiry passed, left by a holder that died), refreshed every third
 * of the expiry while held, deleted afterwards. The row is not tied to a connection, so its statements
 * run on the pooled database, autocommitted. Expiry times are the runners' clocks in epoch
 * milliseconds: runners sharing a database need clocks that agree to well within the expiry.
 */
final class TableLock implements MigrationLock {

    private static final Logger LOG = LoggerFactory.getLogger(TableLock.class);

    private final Database database;
    private final String table;
    private final String id;
    private final String owner;
    private final String expiresAt;
    private final Duration timeout;
    private final Duration expiry;
    private final String holder;

    TableLock(Database database, Dialect dialect, HistoryTable history, Duration timeout, Duration expiry) {
        this.database = database;
        this.table = (history.schema() == null ? "" : dialect.quoteIdentifier(history.schema()) + ".")
                + dialect.quoteIdentifier(history.name() + "_lock");
        this.id = dialect.quoteIdentifier("id");
        this.owner = dialect.quoteIdentifier("owner");
        this.expiresAt = dialect.quoteIdentifier("expires_at");
        this.timeout = timeout;
        this.expiry = expiry;
        this.holder = "pid " + ProcessHandle.current().pid() + " run "
                + Long.toHexString(ThreadLocalRandom.current().nextLong());
    }

    @Override
    public <T> Mono<T> guard(Function<Duration, Mono<T>> work) {
        Mono<Duration> acquire = createTable().then(MigrationLock.poll(attempt(), timeout, this::timedOut));
        return Mono.usingWhen(acquire,
                waited -> Mono.firstWithSignal(work.apply(waited), heartbeat()),
                waited -> release(), (waited, error) -> release(), waited -> release());
    }

    private Mono<Void> createTable() {
        return database.sql("CREATE TABLE IF NOT EXISTS " + table + " (" + id + " INTEGER NOT NULL PRIMARY KEY, "
                        + owner + " VARCHAR(200) NOT NULL, " + expiresAt + " BIGINT NOT NULL)").rowsUpdated().then()
                // runners starting together race to create it; the loser sees it exist on the next try
                .retryWhen(Retry.backoff(5, Duration.ofMillis(20)).filter(DatabaseException.class::isInstance));
    }

    private Mono<Boolean> attempt() {
        return Mono.defer(this::attemptNow);
    }

    private Mono<Boolean> attemptNow() {
        Mono<Boolean> insert = database.sql("INSERT INTO " + table + " (" + id + ", " + owner + ", " + expiresAt
                        + ") VALUES (1, :owner, :expires)")
                .bind("owner", holder).bind("expires", expiresFromNow()).rowsUpdated().map(rows -> rows > 0);
        Mono<Boolean> takeOver = database.sql("UPDATE " + table + " SET " + owner + " = :owner, " + expiresAt
                        + " = :expires WHERE " + id + " = 1 AND " + expiresAt + " < :now")
                .bind("owner", holder).bind("expires", expiresFromNow()).bind("now", System.currentTimeMillis())
                .rowsUpdated().map(rows -> rows > 0)
                .doOnNext(taken -> {
                    if (taken) {
                        LOG.warn("Took over the migration lock {}: its holder let it expire (it probably died)", table);
                    }
                });
        return insert.onErrorResume(TableLock::contended, held -> takeOver)
                .onErrorResume(TableLock::contended, busy -> Mono.just(false));
    }

    private static boolean contended(Throwable error) {
        return error instanceof IntegrityViolationException || error instanceof LockNotAvailableException
                || error instanceof TransientDatabaseException;
    }

    private Mono<Void> heartbeatOnce() {
        return database.sql("UPDATE " + table + " SET " + expiresAt + " = :expires WHERE " + id + " = 1 AND " + owner
                        + " = :owner").bind("expires", expiresFromNow()).bind("owner", holder).rowsUpdated()
                .flatMap(rows -> rows > 0 ? Mono.<Void>empty() : Mono.error(new MigrationLockException("The migration"
                        + " lock " + table + " was lost while migrating: it expired (refreshes failed for "
                        + expiry.toMillis() + " ms) and another runner took it. This run stopped; check the"
                        + " history with info() and run migrate again.")));
    }

    /** Never emits; refreshes the row every third of the expiry and fails when the row is no longer ours. */
    private <T> Mono<T> heartbeat() {
        return Flux.interval(expiry.dividedBy(3))
                .concatMap(tick -> heartbeatOnce().onErrorResume(error -> !(error instanceof MigrationLockException),
                        error -> {
                            LOG.warn("Refreshing the migration lock {} failed; trying again", table, error);
                            return Mono.empty();
                        }))
                .then(Mono.never());
    }

    private Mono<Void> release() {
        return database.sql("DELETE FROM " + table + " WHERE " + id + " = 1 AND " + owner + " = :owner")
                .bind("owner", holder).rowsUpdated().then()
                .onErrorResume(error -> {
                    LOG.warn("Releasing the migration lock {} failed; it expires in {} ms", table, expiry.toMillis(), error);
                    return Mono.empty();
                });
    }

    private Mono<MigrationLockException> timedOut() {
        return database.sql("SELECT " + owner + ", " + expiresAt + " FROM " + table + " WHERE " + id + " = 1")
                .map(row -> row.get(0, String.class) + ", expiring in "
                        + (nonNull(row.get(1, Long.class)) - System.currentTimeMillis()) + " ms")
                .next().defaultIfEmpty("nobody (it was just released)")
                .onErrorReturn("unknown (the lock row could not be read)")
                .map(current -> new MigrationLockException("Waited " + timeout.toMillis() + " ms for the migration"
                        + " lock " + table + ", held by " + current + ". Another instance is migrating; if its holder"
                        + " died, the lock is taken over once it expires. Raise MigrationSettings.lockWaitTimeout if"
                        + " migrations take longer."));
    }

    private static long nonNull(@Nullable Long value) {
        return value == null ? 0 : value;
    }

    private long expiresFromNow() {
        return System.currentTimeMillis() + expiry.toMillis();
    }
}
