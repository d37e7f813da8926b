package dev.quicksilver.migrations.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.migrations.MigrationLockException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * PostgreSQL's session-level advisory lock, keyed by a stable 64-bit hash of the history table's
 * {@code schema.table}, taken with {@code pg_try_advisory_lock} polled until the timeout, on the
 * runner's dedicated connection (which closes afterwards, so the lock cannot outlive the run).
 */
final class AdvisoryLock implements MigrationLock {

    private static final Logger LOG = LoggerFactory.getLogger(AdvisoryLock.class);

    private final Database session;
    private final HistoryTable history;
    private final Duration timeout;

    AdvisoryLock(Database session, HistoryTable history, Duration timeout) {
        this.session = session;
        this.history = history;
        this.timeout = timeout;
    }

    @Override
    public <T> Mono<T> guard(Function<Duration, Mono<T>> work) {
        return schema().flatMap(schema -> {
            String target = schema + "." + history.name();
            long key = key(target);
            Mono<Duration> acquire = MigrationLock.poll(
                    session.sql("SELECT pg_try_advisory_lock(:key)").bind("key", key)
                            .map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class))).single(),
                    timeout,
                    () -> Mono.just(new MigrationLockException("Waited " + timeout.toMillis() + " ms for the migration"
                            + " lock of " + target + " (PostgreSQL advisory lock " + key + "); another session holds it:"
                            + " another instance is migrating, or a session is stuck. Find it with SELECT pid FROM"
                            + " pg_locks WHERE locktype = 'advisory' (and pg_stat_activity); raise"
                            + " MigrationSettings.lockWaitTimeout if migrations take longer.")));
            Mono<Void> release = session.sql("SELECT pg_advisory_unlock(:key)").bind("key", key).fetch().then()
                    .onErrorResume(error -> {
                        LOG.warn("Releasing the advisory lock failed; it goes when the migration connection closes", error);
                        return Mono.empty();
                    });
            return Mono.usingWhen(acquire, work, waited -> release, (waited, error) -> release, waited -> release);
        });
    }

    private Mono<String> schema() {
        @Nullable String configured = history.schema();
        if (configured != null) {
            return Mono.just(configured);
        }
        return session.sql("SELECT CURRENT_SCHEMA").map(row -> String.valueOf(row.get(0))).single();
    }

    /** The first eight bytes of SHA-256 of the target: stable across JVMs and versions. */
    static long key(String target) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("quicksilver-migrations:" + target).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash, 0, 8).getLong();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", impossible);
        }
    }
}
