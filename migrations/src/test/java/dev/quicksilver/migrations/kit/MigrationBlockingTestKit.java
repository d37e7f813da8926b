package dev.quicksilver.migrations.kit;

import dev.quicksilver.migrations.MigrationInfo;
import dev.quicksilver.migrations.MigrationRunner;
import dev.quicksilver.migrations.MigrationState;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockHound;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * The runner never blocks a non-blocking thread: with BlockHound installed, {@code migrate},
 * {@code info} and {@code validate} subscribed on Reactor's parallel scheduler complete (scanning
 * the class path runs on the bounded-elastic scheduler). Runs in a JVM of its own (the
 * {@code blockhound-tests} execution), like core's BlockingTestKit.
 */
public abstract class MigrationBlockingTestKit extends MigrationKitSupport {

    private static final String OWN_JVM_PROPERTY = "quicksilver.blockhound.jvm";
    private static final boolean OWN_JVM = Boolean.getBoolean(OWN_JVM_PROPERTY);

    static {
        if (OWN_JVM) {
            BlockHound.install();
        }
    }

    @BeforeEach
    void requireOwnJvm() {
        Assumptions.assumeTrue(OWN_JVM, "BlockHound tests run only in a JVM of their own (the blockhound-tests"
                + " execution); to run one alone, pass -D" + OWN_JVM_PROPERTY + "=true to its JVM.");
    }

    @Test
    void blockHoundIsActive() {
        StepVerifier.create(Mono.fromCallable(() -> {
                    Thread.sleep(1);
                    return 1;
                }).subscribeOn(Schedulers.parallel()))
                .expectError(reactor.blockhound.BlockingOperationError.class).verify(TIMEOUT);
    }

    @Test
    void migrateInfoAndValidateDoNotBlock() {
        MigrationRunner runner = runner(db, basicSettings().build());
        StepVerifier.create(Mono.defer(runner::migrate).subscribeOn(Schedulers.parallel()))
                .expectNextMatches(report -> report.applied().size() == basicScripts().size())
                .verifyComplete();
        StepVerifier.create(reactor.core.publisher.Flux.defer(runner::info).subscribeOn(Schedulers.parallel())
                        .map(MigrationInfo::state))
                .expectNextCount(basicScripts().size()).verifyComplete();
        StepVerifier.create(Mono.defer(runner::validate).subscribeOn(Schedulers.parallel())).verifyComplete();
        StepVerifier.create(Mono.defer(runner::repair).subscribeOn(Schedulers.parallel()))
                .expectNextMatches(repair -> repair.removedFailed().isEmpty()).verifyComplete();
        StepVerifier.create(reactor.core.publisher.Flux.defer(runner::info).subscribeOn(Schedulers.parallel())
                        .filter(info -> info.state() != MigrationState.APPLIED))
                .verifyComplete();
    }
}
