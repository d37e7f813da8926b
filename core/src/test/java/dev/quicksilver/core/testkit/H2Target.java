package dev.quicksilver.core.testkit;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import java.util.UUID;

/** H2 in memory: each test gets a database of its own name, gone when its last connection closes. */
final class H2Target implements DialectTarget {

    static final H2Target INSTANCE = new H2Target();

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public IsolatedDatabase create(DatabaseOptions options) {
        String url = "r2dbc:h2:mem:///qs_" + UUID.randomUUID().toString().replace("-", "");
        return new IsolatedDatabase(Database.connect(url, options), url, () -> { });
    }

    @Override
    public String generateRows(int rows) {
        return "SELECT X FROM SYSTEM_RANGE(1, " + rows + ")";
    }

    @Override
    public String slowQuery() {
        return "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 5000) a, SYSTEM_RANGE(1, 5000) b";
    }

    @Override
    public String toString() {
        return name();
    }
}
