package dev.quicksilver.spring.boot;

import dev.quicksilver.migrations.MigrationInfo;
import dev.quicksilver.migrations.MigrationRunner;
import dev.quicksilver.migrations.MigrationState;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import reactor.core.publisher.Mono;

/**
 * The {@code quicksilvermigrations} actuator endpoint: every migration known to the runner, applied or
 * pending, as {@code MigrationRunner.info()} reports them. Read-only and reactive. Thread-safe.
 */
@Endpoint(id = "quicksilvermigrations")
public final class QuicksilverMigrationsEndpoint {

    private final MigrationRunner runner;

    /**
     * An endpoint over one runner.
     *
     * @param runner the runner
     */
    public QuicksilverMigrationsEndpoint(MigrationRunner runner) {
        this.runner = runner;
    }

    /**
     * Lists the migrations.
     *
     * @return the migrations, with counts of applied and pending ones
     */
    @ReadOperation
    public Mono<MigrationsDescriptor> migrations() {
        return runner.info().map(MigrationDescriptor::of).collectList().map(MigrationsDescriptor::of);
    }

    /**
     * The endpoint's answer.
     *
     * @param applied how many migrations were applied successfully
     * @param pending how many wait to be applied
     * @param migrations every migration, in order
     */
    public record MigrationsDescriptor(long applied, long pending, List<MigrationDescriptor> migrations) {

        static MigrationsDescriptor of(List<MigrationDescriptor> migrations) {
            return new MigrationsDescriptor(
                    migrations.stream().filter(migration -> migration.installedRank() != null
                            && migration.state() != MigrationState.FAILED).count(),
                    migrations.stream().filter(migration -> migration.state() == MigrationState.PENDING).count(),
                    migrations);
        }
    }

    /**
     * One migration.
     *
     * @param version its version, null for a repeatable one
     * @param description its description
     * @param type its type
     * @param script its script
     * @param state its state
     * @param installedRank its rank in the history, null when not applied
     * @param installedOn when it was applied, null when not
     */
    public record MigrationDescriptor(@Nullable String version, String description, String type, String script,
                                      MigrationState state, @Nullable Integer installedRank,
                                      @Nullable Instant installedOn) {

        static MigrationDescriptor of(MigrationInfo info) {
            return new MigrationDescriptor(info.version() == null ? null : info.version().toString(),
                    info.description(), info.type().name(), info.script(), info.state(), info.installedRank(),
                    info.installedOn());
        }
    }
}
