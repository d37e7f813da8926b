package dev.quicksilver.core.h2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.PoolSettings;
import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.core.dialect.Dialects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dialect's connection-init statements run once per physical connection, not once per acquire. */
class H2ConnectionInitIT {

    @Test
    void initStatementsRunOncePerConnectionNotPerStatement() {
        Dialect h2 = Dialects.h2();
        // H2's dialect, with an init statement that counts its runs in a session variable.
        Dialect counting = (Dialect) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Dialect.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("connectionInitStatements")) {
                        return List.of("SET @QS_INITS = COALESCE(@QS_INITS, 0) + 1");
                    }
                    try {
                        return method.invoke(h2, arguments);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
        Database db = Database.connect("r2dbc:h2:mem:///init_" + UUID.randomUUID().toString().replace("-", ""),
                DatabaseOptions.builder().dialect(counting)
                        .pool(PoolSettings.builder().initialSize(1).minIdle(1).maxSize(1).build()).build());
        try {
            for (int i = 0; i < 5; i++) {
                db.sql("SELECT 1").fetch().blockLast(Duration.ofSeconds(10));
            }
            Long inits = db.sql("SELECT CAST(@QS_INITS AS BIGINT)").map(row -> row.get(0, Long.class)).blockLast(Duration.ofSeconds(10));
            assertThat(inits).isEqualTo(1L);
        } finally {
            db.close().block(Duration.ofSeconds(10));
        }
    }
}
