package dev.quicksilver.query.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.query.Quicksilver;
import java.util.Objects;

/** Creates the {@link Quicksilver} entry point; use {@link Quicksilver#of} instead. */
public final class QueryEngines {

    private QueryEngines() {
    }

    /**
     * The entry point over a database.
     *
     * @param database the database
     * @param mapping the mapping context
     * @return the entry point
     */
    public static Quicksilver create(Database database, MappingContext mapping) {
        return new DefaultQuicksilver(Objects.requireNonNull(database, "database"),
                Objects.requireNonNull(mapping, "mapping"));
    }

    /**
     * The session of the Reactor Context; use {@link dev.quicksilver.query.Session#current()} instead.
     *
     * @return the session, or empty outside {@code inSession}
     */
    public static reactor.core.publisher.Mono<dev.quicksilver.query.Session> currentSession() {
        return reactor.core.publisher.Mono.deferContextual(context ->
                reactor.core.publisher.Mono.justOrEmpty(context.<dev.quicksilver.query.Session>getOrEmpty(
                        DefaultSession.CONTEXT_KEY)));
    }
}
