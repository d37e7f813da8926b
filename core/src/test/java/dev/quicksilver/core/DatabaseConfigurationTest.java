package dev.quicksilver.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DatabaseConfigurationTest {

    @Test
    void secretsNeverAppearInToString() {
        Database db = Database.connect("r2dbc:postgresql://shop:s3cr3t-pw@127.0.0.1:1/shop",
                DatabaseOptions.builder().pool(PoolSettings.builder().initialSize(0).minIdle(0).build()).build());
        try {
            assertThat(db.toString()).doesNotContain("s3cr3t-pw").contains("REDACTED").contains("PostgreSQL");
            assertThat(db.options().toString()).doesNotContain("s3cr3t-pw");
        } finally {
            db.close().block(Duration.ofSeconds(10));
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedFailsWithOurOwnException() {
        Database db = Database.connect("r2dbc:postgresql://nobody@127.0.0.1:1/nothing",
                DatabaseOptions.builder().pool(PoolSettings.builder().initialSize(0).minIdle(0)
                        .acquireTimeout(Duration.ofSeconds(5)).build()).build());
        try {
            reactor.test.StepVerifier.create(db.inTransaction(tx -> db.sql("SELECT 1").fetch()))
                    .expectError(dev.quicksilver.core.exception.QuicksilverException.class)
                    .verify(Duration.ofSeconds(20));
            reactor.test.StepVerifier.create(db.sql("SELECT 1").fetch())
                    .expectError(dev.quicksilver.core.exception.QuicksilverException.class)
                    .verify(Duration.ofSeconds(20));
        } finally {
            db.close().block(Duration.ofSeconds(10));
        }
    }

    @Test
    void poolSettingsAreValidatedWithClearMessages() {
        assertThatThrownBy(() -> PoolSettings.builder().maxSize(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSize must be at least 1");
        assertThatThrownBy(() -> PoolSettings.builder().maxSize(2).initialSize(3).build())
                .hasMessageContaining("initialSize must be between 0 and maxSize (2), was 3");
        PoolSettings settings = PoolSettings.builder().maxSize(4).acquireTimeout(Duration.ofSeconds(2)).build();
        assertThat(settings.mutate().maxSize(8).build().maxSize()).isEqualTo(8);
        assertThat(settings.maxSize()).isEqualTo(4);
    }

    @Test
    void optionsAreImmutableAndMutateIntoCopies() {
        DatabaseOptions options = DatabaseOptions.builder().name("orders").defaultFetchSize(100).build();
        DatabaseOptions changed = options.mutate().name("billing").build();
        assertThat(options.name()).isEqualTo("orders");
        assertThat(changed.name()).isEqualTo("billing");
        assertThat(changed.defaultFetchSize()).isEqualTo(100);
        TransactionOptions readOnly = TransactionOptions.builder().readOnly(true).build();
        assertThat(readOnly.settings().readOnly()).isTrue();
        assertThat(TransactionOptions.defaults().propagation()).isEqualTo(TransactionOptions.Propagation.NESTED);
    }
}
