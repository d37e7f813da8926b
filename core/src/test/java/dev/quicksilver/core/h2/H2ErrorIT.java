package dev.quicksilver.core.h2;

import dev.quicksilver.core.kit.ErrorTestKit;
import dev.quicksilver.core.testkit.DialectTarget;

class H2ErrorIT extends ErrorTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }

    @Override
    protected String sessionIdQuery() {
        return "SELECT SESSION_ID()";
    }

    /** Closes the session, rolling back its transaction (needs ADMIN, which the default user has). */
    @Override
    protected String killSessionSql() {
        return "CALL ABORT_SESSION(:id)";
    }
}
