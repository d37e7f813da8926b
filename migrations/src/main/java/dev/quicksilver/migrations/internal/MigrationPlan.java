package dev.quicksilver.migrations.internal;

import dev.quicksilver.migrations.FailedMigrationException;
import dev.quicksilver.migrations.MigrationChecksumMismatchException;
import dev.quicksilver.migrations.MigrationInfo;
import dev.quicksilver.migrations.MigrationMissingException;
import dev.quicksilver.migrations.MigrationNotAppliedException;
import dev.quicksilver.migrations.MigrationState;
import dev.quicksilver.migrations.MigrationType;
import dev.quicksilver.migrations.MigrationValidationException;
import dev.quicksilver.migrations.MigrationVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The history and the migrations found, compared: each migration's state, what {@code migrate}
 * would apply and in which order, and the problems {@code validate} reports. A pure function of its
 * inputs, recomputed after the lock is taken.
 */
final class MigrationPlan {

    private final List<MigrationInfo> infos = new ArrayList<>();
    private final List<ResolvedMigration> pending = new ArrayList<>();
    private final List<MigrationValidationException> failures = new ArrayList<>();
    private final List<MigrationValidationException> problems = new ArrayList<>();
    private final @Nullable MigrationVersion schemaVersion;
    private final int nextRank;

    private MigrationPlan(List<ResolvedMigration> resolved, List<HistoryRow> rows, boolean outOfOrder,
                          String historyTable) {
        Map<MigrationVersion, HistoryRow> byVersion = new LinkedHashMap<>();
        Map<String, HistoryRow> byDescription = new HashMap<>();
        MigrationVersion baseline = null;
        MigrationVersion highest = null;
        int maxRank = 0;
        for (HistoryRow row : rows) {
            maxRank = Math.max(maxRank, row.installedRank());
            if (row.version() == null) {
                byDescription.put(row.description(), row);
                continue;
            }
            byVersion.put(row.version(), row);
            if (row.type() == MigrationType.BASELINE) {
                baseline = max(baseline, row.version());
            }
            if (row.success()) {
                highest = max(highest, row.version());
            }
        }
        this.schemaVersion = highest;
        this.nextRank = maxRank + 1;
        List<Entry> entries = new ArrayList<>();
        Map<MigrationVersion, ResolvedMigration> resolvedVersions = new HashMap<>();
        Map<String, ResolvedMigration> resolvedRepeatables = new HashMap<>();
        for (ResolvedMigration migration : resolved) {
            if (migration.version() != null) {
                resolvedVersions.put(migration.version(), migration);
                entries.add(versioned(migration, byVersion.get(migration.version()), rows, baseline, highest, outOfOrder,
                        historyTable));
            } else {
                resolvedRepeatables.put(migration.description(), migration);
                entries.add(repeatable(migration, byDescription.get(migration.description()), historyTable));
            }
        }
        for (HistoryRow row : byVersion.values()) {
            MigrationVersion version = Objects.requireNonNull(row.version());
            if (row.type() == MigrationType.BASELINE) {
                entries.add(new Entry(info(row, MigrationState.BASELINE, row.checksum()), null));
            } else if (!resolvedVersions.containsKey(version)) {
                if (row.success()) {
                    problems.add(new MigrationMissingException(version.toString(), row.script()));
                } else {
                    failures.add(new FailedMigrationException(row.script(), row.script(), version.toString(), historyTable));
                }
                entries.add(new Entry(info(row, row.success() ? MigrationState.MISSING : MigrationState.FAILED,
                        row.checksum()), null));
            }
        }
        for (HistoryRow row : byDescription.values()) {
            if (!resolvedRepeatables.containsKey(row.description())) {
                if (!row.success()) {
                    failures.add(new FailedMigrationException(row.script(), row.script(), row.description(), historyTable));
                }
                entries.add(new Entry(info(row, row.success() ? MigrationState.MISSING : MigrationState.FAILED,
                        row.checksum()), null));
            }
        }
        entries.sort(Comparator.comparing((Entry entry) -> entry.info().version() == null)
                .thenComparing(entry -> entry.info().version(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(entry -> entry.info().type() != MigrationType.BASELINE)
                .thenComparing(entry -> entry.info().description()));
        for (Entry entry : entries) {
            infos.add(entry.info());
            if (entry.pending() != null) {
                pending.add(entry.pending());
            }
        }
    }

    /**
     * Compares.
     *
     * @param resolved the migrations found, in order
     * @param rows the history, by rank
     * @param outOfOrder whether versions below the highest applied may still be applied
     * @param historyTable the history table's name, for messages
     * @return the plan
     */
    static MigrationPlan of(List<ResolvedMigration> resolved, List<HistoryRow> rows, boolean outOfOrder,
                            String historyTable) {
        return new MigrationPlan(resolved, rows, outOfOrder, historyTable);
    }

    private record Entry(MigrationInfo info, @Nullable ResolvedMigration pending) {
    }

    private Entry versioned(ResolvedMigration migration, @Nullable HistoryRow row, List<HistoryRow> rows,
                            @Nullable MigrationVersion baseline, @Nullable MigrationVersion highest, boolean outOfOrder,
                            String historyTable) {
        MigrationVersion version = Objects.requireNonNull(migration.version());
        if (baseline != null && version.compareTo(baseline) <= 0
                && (row == null || row.type() == MigrationType.BASELINE)) {
            return new Entry(info(migration, MigrationState.BELOW_BASELINE), null);
        }
        if (row == null) {
            if (highest == null || version.compareTo(highest) > 0 || outOfOrder) {
                return new Entry(info(migration, MigrationState.PENDING), migration);
            }
            problems.add(new MigrationNotAppliedException(migration.script(), migration.source(), version.toString(),
                    highest.toString()));
            return new Entry(info(migration, MigrationState.IGNORED), null);
        }
        if (!row.success()) {
            failures.add(new FailedMigrationException(migration.script(), migration.source(), version.toString(),
                    historyTable));
            return new Entry(info(row, MigrationState.FAILED, migration.checksum()), null);
        }
        if (migration.checksum() != null && row.checksum() != null && !migration.checksum().equals(row.checksum())) {
            problems.add(new MigrationChecksumMismatchException(migration.script(), migration.source(), row.checksum(),
                    migration.checksum()));
        }
        boolean late = rows.stream().anyMatch(other -> other.success() && other.version() != null
                && other.version().compareTo(version) > 0 && other.installedRank() < row.installedRank());
        return new Entry(info(row, late ? MigrationState.OUT_OF_ORDER : MigrationState.APPLIED, migration.checksum()), null);
    }

    private Entry repeatable(ResolvedMigration migration, @Nullable HistoryRow row, String historyTable) {
        if (row == null) {
            return new Entry(info(migration, MigrationState.PENDING), migration);
        }
        if (!row.success()) {
            failures.add(new FailedMigrationException(migration.script(), migration.source(), migration.description(),
                    historyTable));
            return new Entry(info(row, MigrationState.FAILED, migration.checksum()), null);
        }
        if (Objects.equals(row.checksum(), migration.checksum())) {
            return new Entry(info(row, MigrationState.APPLIED, migration.checksum()), null);
        }
        return new Entry(info(row, MigrationState.OUTDATED, migration.checksum()), migration);
    }

    private static MigrationInfo info(ResolvedMigration migration, MigrationState state) {
        return new MigrationInfo(migration.version(), migration.description(), migration.type(), migration.script(),
                migration.checksum(), state, null, null, null, null);
    }

    private static MigrationInfo info(HistoryRow row, MigrationState state, @Nullable String checksum) {
        return new MigrationInfo(row.version(), row.description(), row.type(), row.script(), checksum, state,
                row.installedRank(), row.installedOn(), row.installedBy(), Duration.ofMillis(row.executionTimeMs()));
    }

    private static @Nullable MigrationVersion max(@Nullable MigrationVersion current, MigrationVersion candidate) {
        return current == null || candidate.compareTo(current) > 0 ? candidate : current;
    }

    /** Every migration found or recorded: versioned by version, then repeatable by description. */
    List<MigrationInfo> infos() {
        return List.copyOf(infos);
    }

    /** What {@code migrate} applies, in order: versioned by version, then new or changed repeatable ones. */
    List<ResolvedMigration> pending() {
        return List.copyOf(pending);
    }

    /** Migrations recorded as failed: {@code migrate} refuses to run while there are any. */
    List<MigrationValidationException> failures() {
        return List.copyOf(failures);
    }

    /** Failures first, then edited, missing and never-applied migrations. */
    List<MigrationValidationException> problems() {
        List<MigrationValidationException> all = new ArrayList<>(failures);
        all.addAll(problems);
        return all;
    }

    /** The highest version applied successfully (the baseline counts), or {@code null}. */
    @Nullable MigrationVersion schemaVersion() {
        return schemaVersion;
    }

    /** The rank the next history row gets. */
    int nextRank() {
        return nextRank;
    }

    /** The first problem as the error, the others attached as suppressed; {@code null} when none. */
    static @Nullable MigrationValidationException combine(List<MigrationValidationException> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        MigrationValidationException first = problems.get(0);
        for (int i = 1; i < problems.size(); i++) {
            first.addSuppressed(problems.get(i));
        }
        return first;
    }
}
