package dev.quicksilver.core.postgres;

import dev.quicksilver.core.kit.ErrorTestKit;
import dev.quicksilver.core.testkit.DialectTarget;

class PostgresErrorIT extends ErrorTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }

    @Override
    protected String sessionIdQuery() {
        return "SELECT pg_backend_pid()";
    }

    /** Waits (up to 5 s) until the backend has exited, so the victim's next statement meets a dead session. */
    @Override
    protected String killSessionSql() {
        return "SELECT pg_terminate_backend(:id, 5000)";
    }
}
