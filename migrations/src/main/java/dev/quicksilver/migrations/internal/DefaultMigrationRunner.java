package dev.quicksilver.migrations.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.migrations.AppliedMigration;
import dev.quicksilver.migrations.MigrationException;
import dev.quicksilver.migrations.MigrationInfo;
import dev.quicksilver.migrations.MigrationReport;
import dev.quicksilver.migrations.MigrationRunner;
import dev.quicksilver.migrations.MigrationSettings;
import dev.quicksilver.migrations.MigrationType;
import dev.quicksilver.migrations.MigrationValidationException;
import dev.quicksilver.migrations.MigrationVersion;
import dev.quicksilver.migrations.RepairReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The runner: resolves the migrations (scanning on the bounded-elastic scheduler), and for the
 * operations that change the history opens a {@link DedicatedSession}, takes the dialect's
 * {@link MigrationLock}, creates the history table when missing, re-reads the history under the
 * lock and acts on a fresh {@link MigrationPlan}. {@code info} and {@code validate} read the
 * history through the pooled database without locking.
 */
final class DefaultMigrationRunner implements MigrationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultMigrationRunner.class);

    private final Database database;
    private final MigrationSettings settings;
    private final MigrationDialect dialect;
    private final HistoryTable history;

    DefaultMigrationRunner(Database database, MigrationSettings settings) {
        this.database = database;
        this.settings = settings;
        this.dialect = MigrationDialect.of(database.dialect());
        this.history = new HistoryTable(database.dialect(),
                settings.historySchema() != null ? settings.historySchema() : settings.schema(), settings.historyTable());
    }

    /** The migrations found, resolved for this database's dialect. */
    private Mono<List<ResolvedMigration>> resolve() {
        return Mono.fromCallable(() -> {
            ClassLoader loader = settings.classLoader() != null ? settings.classLoader()
                    : Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : MigrationRunner.class.getClassLoader();
            return ScriptScanner.scan(settings.locations(), Objects.requireNonNull(loader));
        }).subscribeOn(Schedulers.boundedElastic()).map(files -> MigrationResolver.resolve(files, settings, dialect));
    }

    /** Runs work on a dedicated connection, under the lock, after creating the history table when missing. */
    private <T> Mono<T> locked(BiFunction<Database, Duration, Mono<T>> work) {
        return DedicatedSession.run(database, settings.schema(), dialect.useSchema(), session -> lock(session).guard(waited ->
                history.create(session).then(Mono.defer(() -> work.apply(session, waited)))));
    }

    private MigrationLock lock(Database session) {
        return switch (dialect.lockKind()) {
            case ADVISORY -> new AdvisoryLock(session, history, settings.lockWaitTimeout());
            case LOCK_TABLE -> new TableLock(database, database.dialect(), history, settings.lockWaitTimeout(),
                    settings.lockExpiry());
        };
    }

    private MigrationPlan plan(List<ResolvedMigration> resolved, List<HistoryRow> rows) {
        return MigrationPlan.of(resolved, rows, settings.outOfOrder(), history.qualifiedName());
    }

    @Override
    public Mono<MigrationReport> migrate() {
        return Mono.defer(() -> {
            long start = System.nanoTime();
            return resolve().flatMap(resolved -> locked((session, waited) -> history.read(session).collectList()
                    .flatMap(rows -> {
                        MigrationPlan plan = plan(resolved, rows);
                        MigrationValidationException refused = MigrationPlan.combine(
                                settings.validateOnMigrate() ? plan.problems() : plan.failures());
                        if (refused != null) {
                            return Mono.error(refused);
                        }
                        return installedBy(session).flatMap(user -> apply(session, plan, user))
                                .map(applied -> new MigrationReport(applied, schemaVersion(plan, applied), waited,
                                        Duration.ofNanos(System.nanoTime() - start)));
                    })));
        });
    }

    private Mono<List<AppliedMigration>> apply(Database session, MigrationPlan plan, String user) {
        MigrationExecutor executor = new MigrationExecutor(session, history, dialect, user);
        AtomicInteger rank = new AtomicInteger(plan.nextRank());
        return Flux.fromIterable(plan.pending())
                .concatMap(migration -> executor.apply(migration, rank.getAndIncrement())
                        .doOnNext(applied -> LOG.info("Applied migration {} in {} ms", migration.source(),
                                applied.executionTime().toMillis())))
                .collectList();
    }

    private static @Nullable MigrationVersion schemaVersion(MigrationPlan plan, List<AppliedMigration> applied) {
        MigrationVersion highest = plan.schemaVersion();
        for (AppliedMigration migration : applied) {
            if (migration.version() != null && (highest == null || migration.version().compareTo(highest) > 0)) {
                highest = migration.version();
            }
        }
        return highest;
    }

    private Mono<String> installedBy(Database session) {
        String configured = settings.installedBy();
        if (configured != null) {
            return Mono.just(configured);
        }
        // H2 in memory has no user name: the operating system's user is more telling than ""
        return session.sql("SELECT CURRENT_USER").map(row -> String.valueOf(row.get(0))).single()
                .map(user -> user.isBlank() ? System.getProperty("user.name", "unknown") : user);
    }

    @Override
    public Flux<MigrationInfo> info() {
        return resolve().zipWith(history.readIfExists(database).collectList())
                .flatMapIterable(both -> plan(both.getT1(), both.getT2()).infos());
    }

    @Override
    public Flux<String> dryRun() {
        return resolve().zipWith(history.readIfExists(database).collectList()).flatMapMany(both -> {
            MigrationPlan plan = plan(both.getT1(), both.getT2());
            MigrationValidationException refused = MigrationPlan.combine(
                    settings.validateOnMigrate() ? plan.problems() : plan.failures());
            if (refused != null) {
                return Flux.error(refused);
            }
            List<String> lines = new ArrayList<>();
            for (ResolvedMigration migration : plan.pending()) {
                lines.add("-- " + (migration.version() == null ? "R" : "V" + migration.version()) + " "
                        + migration.description() + " (" + migration.source() + ")"
                        + (migration.nonTransactional() ? ", non-transactional" : ""));
                if (migration.java() != null) {
                    lines.add("-- (a Java migration: its code runs here)");
                }
                for (SqlStatement statement : migration.statements()) {
                    lines.add(statement.sql().strip() + ";");
                }
            }
            return Flux.fromIterable(lines);
        });
    }

    @Override
    public Mono<Void> validate() {
        return resolve().zipWith(history.readIfExists(database).collectList())
                .flatMap(both -> {
                    MigrationValidationException problem = MigrationPlan.combine(plan(both.getT1(), both.getT2()).problems());
                    return problem == null ? Mono.<Void>empty() : Mono.error(problem);
                });
    }

    @Override
    public Mono<Void> baseline() {
        return locked((session, waited) -> history.read(session).collectList().flatMap(rows -> {
            MigrationVersion version = settings.baselineVersion();
            List<HistoryRow> versioned = rows.stream().filter(row -> row.version() != null).toList();
            if (versioned.stream().anyMatch(row -> row.type() == MigrationType.BASELINE && version.equals(row.version()))) {
                return Mono.<Void>empty();
            }
            if (!versioned.isEmpty()) {
                return Mono.error(new MigrationException("Cannot baseline " + history.qualifiedName() + " at version "
                        + version + ": it already records versions (" + versioned.stream()
                        .map(row -> row.script()).collect(Collectors.joining(", ")) + "). Baseline only an existing"
                        + " database that has never been migrated."));
            }
            int rank = rows.stream().mapToInt(HistoryRow::installedRank).max().orElse(0) + 1;
            return installedBy(session).flatMap(user -> history.insert(session, new HistoryRow(rank, version,
                    settings.baselineDescription(), MigrationType.BASELINE, settings.baselineDescription(), null, user,
                    Instant.now(), 0, true)));
        }));
    }

    @Override
    public Mono<RepairReport> repair() {
        return resolve().flatMap(resolved -> locked((session, waited) -> history.read(session).collectList()
                .flatMap(rows -> {
                    List<String> removed = rows.stream().filter(row -> !row.success()).map(HistoryRow::script).toList();
                    Map<MigrationVersion, ResolvedMigration> byVersion = resolved.stream()
                            .filter(migration -> migration.version() != null)
                            .collect(Collectors.toMap(ResolvedMigration::version, migration -> migration));
                    List<Mono<Void>> updates = new ArrayList<>();
                    List<String> realigned = new ArrayList<>();
                    for (HistoryRow row : rows) {
                        ResolvedMigration migration = row.version() == null ? null : byVersion.get(row.version());
                        if (row.success() && row.type() != MigrationType.BASELINE && migration != null
                                && (!Objects.equals(row.checksum(), migration.checksum())
                                || !row.description().equals(migration.description()))) {
                            realigned.add(migration.script());
                            updates.add(history.realign(session, row.installedRank(), migration.checksum(),
                                    migration.description()));
                        }
                    }
                    return history.deleteFailed(session).then(Flux.concat(updates).then())
                            .thenReturn(new RepairReport(removed, realigned));
                })));
    }
}
