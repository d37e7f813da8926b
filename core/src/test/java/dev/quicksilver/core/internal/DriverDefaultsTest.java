package dev.quicksilver.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.PoolSettings;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.junit.jupiter.api.Test;

class DriverDefaultsTest {

    @Test
    void postgresqlResultsAreBinaryByDefault() {
        ConnectionFactoryOptions options = DriverDefaults.apply(
                ConnectionFactoryOptions.parse("r2dbc:postgresql://app@localhost:5432/shop"));

        assertThat(options.getValue(DriverDefaults.FORCE_BINARY)).isEqualTo(true);
    }

    @Test
    void pooledPostgresqlUrlsGetTheDefaultToo() {
        ConnectionFactoryOptions options = DriverDefaults.apply(
                ConnectionFactoryOptions.parse("r2dbc:pool:postgresql://app@localhost:5432/shop"));

        assertThat(options.getValue(DriverDefaults.FORCE_BINARY)).isEqualTo(true);
    }

    @Test
    void aSettingInTheUrlWins() {
        ConnectionFactoryOptions options = DriverDefaults.apply(
                ConnectionFactoryOptions.parse("r2dbc:postgresql://app@localhost:5432/shop?forceBinary=false"));

        assertThat(options.getValue(DriverDefaults.FORCE_BINARY)).isEqualTo("false");
    }

    @Test
    void otherDriversAreLeftAlone() {
        ConnectionFactoryOptions given = ConnectionFactoryOptions.parse("r2dbc:h2:mem:///defaults");

        assertThat(DriverDefaults.apply(given)).isSameAs(given);
    }

    @Test
    void aDatabaseConnectedByUrlUsesTheDefault() {
        Database db = Database.connect("r2dbc:postgresql://app@localhost:5432/shop",
                DatabaseOptions.builder().pool(PoolSettings.builder().enabled(false).build()).build());
        try {
            assertThat(db.toString()).contains("forceBinary=true");
        } finally {
            db.close().block();
        }
    }
}
