package dev.quicksilver.migrations.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.migrations.AppliedMigration;
import dev.quicksilver.migrations.JavaMigration;
import dev.quicksilver.migrations.MigrationExecutionException;
import io.r2dbc.spi.Result;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Applies one migration with its history row, by the failure model of the database:
 * <ul>
 *   <li>transactional DDL (PostgreSQL), script not marked non-transactional: the statements and the
 *       history row run in one transaction, so a failure leaves nothing — neither changes nor row;</li>
 *   <li>otherwise (H2, or the {@code -- quicksilver:non-transactional} marker): the statements run (in a
 *       transaction unless marked, which still undoes DML) and the row is written afterwards with the
 *       outcome; a failure is recorded with {@code success = false}, and later runs stop until repair.</li>
 * </ul>
 * Script statements go to the connection as they are (no named-parameter parsing), through
 * {@link Database#withConnection}, so they join the migration's transaction.
 */
final class MigrationExecutor {

    private final Database session;
    private final HistoryTable history;
    private final MigrationDialect dialect;
    private final boolean transactionalDdl;
    private final String installedBy;

    MigrationExecutor(Database session, HistoryTable history, MigrationDialect dialect, String installedBy) {
        this.session = session;
        this.history = history;
        this.dialect = dialect;
        this.transactionalDdl = dialect.transactionalDdl();
        this.installedBy = installedBy;
    }

    /** A statement that failed, carried to where the migration's error is built. */
    private static final class StatementFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient @Nullable SqlStatement statement;

        StatementFailure(@Nullable SqlStatement statement, Throwable cause) {
            super(cause.getMessage(), cause, false, false);
            this.statement = statement;
        }
    }

    /**
     * Applies a migration and writes its history row.
     *
     * @param migration the migration
     * @param rank the history row's rank
     * @return what was applied, or a {@link MigrationExecutionException}
     */
    Mono<AppliedMigration> apply(ResolvedMigration migration, int rank) {
        return Mono.defer(() -> {
            long start = System.nanoTime();
            boolean atomic = transactionalDdl && !migration.nonTransactional();
            Mono<Void> body = body(migration);
            if (atomic) {
                return session.transactional(body.then(Mono.defer(() -> history.insert(session,
                                row(migration, rank, start, true)))).thenReturn(true))
                        .onErrorMap(error -> failed(migration, error, "Nothing of it was applied: its statements and"
                                + " its history row rolled back together. Fix the script and run migrate again."))
                        .then(Mono.fromSupplier(() -> applied(migration, start)));
            }
            Mono<Void> work = migration.nonTransactional() ? body : session.transactional(body.thenReturn(true)).then();
            return work
                    .then(Mono.defer(() -> history.insert(session, row(migration, rank, start, true))))
                    .then(Mono.fromSupplier(() -> applied(migration, start)))
                    .onErrorResume(StatementFailure.class, error -> recordFailure(migration, rank, start, error));
        });
    }

    private Mono<AppliedMigration> recordFailure(ResolvedMigration migration, int rank, long start, StatementFailure error) {
        String advice = "It is recorded as failed in " + history.qualifiedName() + (migration.nonTransactional()
                ? " (it ran outside a transaction)" : " (DDL on this database is not transactional)")
                + ": statements before the failing one may have been committed. Undo them (or make the script safe to"
                + " re-run), fix the script, then run repair() and migrate() again.";
        MigrationExecutionException failure = failed(migration, error, advice);
        return history.insert(session, row(migration, rank, start, false))
                .onErrorResume(recording -> {
                    failure.addSuppressed(recording);
                    return Mono.empty();
                })
                .then(Mono.error(failure));
    }

    private Mono<Void> body(ResolvedMigration migration) {
        JavaMigration java = migration.java();
        if (java != null) {
            return Mono.defer(() -> java.migrate(session)).onErrorMap(error -> new StatementFailure(null, error));
        }
        return Flux.fromIterable(migration.statements())
                .concatMap(statement -> session.withConnection(connection ->
                                Flux.from(connection.createStatement(dialect.executable(statement)).execute())
                                        .concatMap(Result::getRowsUpdated))
                        .onErrorMap(error -> new StatementFailure(statement, error)))
                .then();
    }

    private static MigrationExecutionException failed(ResolvedMigration migration, Throwable error, String advice) {
        if (error instanceof MigrationExecutionException already) {
            return already;
        }
        if (error instanceof StatementFailure failure) {
            SqlStatement statement = failure.statement;
            return new MigrationExecutionException(migration.source(), statement == null ? 0 : statement.line(),
                    statement == null ? null : statement.sql(), advice,
                    java.util.Objects.requireNonNullElse(failure.getCause(), failure));
        }
        return new MigrationExecutionException(migration.source(), 0, null, advice, error);
    }

    private HistoryRow row(ResolvedMigration migration, int rank, long start, boolean success) {
        return new HistoryRow(rank, migration.version(), migration.description(), migration.type(), migration.script(),
                migration.checksum(), installedBy, Instant.now(), elapsed(start).toMillis(), success);
    }

    private static AppliedMigration applied(ResolvedMigration migration, long start) {
        return new AppliedMigration(migration.version(), migration.description(), migration.type(), migration.script(),
                elapsed(start));
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
