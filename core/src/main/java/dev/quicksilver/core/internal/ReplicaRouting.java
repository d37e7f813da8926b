package dev.quicksilver.core.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.ReadReplicas;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * The connection factory of a database with a read replica: {@code create()} takes a connection from the
 * replica's database when the subscriber's Reactor Context asks for reads ({@link #READ_ONLY_KEY}, written
 * by read-only transactions and by {@link ReadReplicas#readOnly()}), else from the primary's. Public for
 * {@link ReadReplicas} only; not an API.
 */
public final class ReplicaRouting implements RoutedConnections {

    /** The Reactor Context key that sends a connection request to the replica. */
    public static final String READ_ONLY_KEY = "dev.quicksilver.readOnly";

    private final Database primary;
    private final Database replica;

    private ReplicaRouting(Database primary, Database replica) {
        this.primary = primary;
        this.replica = replica;
    }

    /**
     * @param primary the database that takes writes
     * @param replica the database that serves read-only work
     * @return the routing factory
     */
    public static ReplicaRouting connectionFactory(Database primary, Database replica) {
        return new ReplicaRouting(primary, replica);
    }

    /**
     * Whether a context asks for the replica.
     *
     * @param context a Reactor Context
     * @return true when {@link #READ_ONLY_KEY} is set to true
     */
    public static boolean readOnly(ContextView context) {
        return context.getOrDefault(READ_ONLY_KEY, Boolean.FALSE);
    }

    @Override
    public Publisher<? extends Connection> create() {
        return Mono.deferContextual(context -> Mono.from(
                (readOnly(context) ? replica : primary).connectionFactory().create()));
    }

    @Override
    public ConnectionFactoryMetadata getMetadata() {
        return primary.connectionFactory().getMetadata();
    }

    @Override
    public String toString() {
        return "ReplicaRouting[primary=" + primary.options().name() + ", replica=" + replica.options().name() + "]";
    }
}
