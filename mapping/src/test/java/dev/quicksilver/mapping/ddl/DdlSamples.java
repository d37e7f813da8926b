package dev.quicksilver.mapping.ddl;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.RefList;
import dev.quicksilver.mapping.annotation.Check;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.EnumStorage;
import dev.quicksilver.mapping.annotation.Enumerated;
import dev.quicksilver.mapping.annotation.GeneratedValue;
import dev.quicksilver.mapping.annotation.GenerationStrategy;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Index;
import dev.quicksilver.mapping.annotation.JoinColumn;
import dev.quicksilver.mapping.annotation.ManyToMany;
import dev.quicksilver.mapping.annotation.ManyToOne;
import dev.quicksilver.mapping.annotation.ReferentialAction;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.mapping.annotation.UniqueConstraint;
import java.util.List;

/**
 * A small entity set using every DDL feature: identity, sequence, default, check, unique, cascade,
 * many-to-many, native enum.
 */
public final class DdlSamples {

    /** The entities, in creation order. */
    public static final List<Class<?>> ENTITIES = List.of(Client.class, Order.class, Tag.class);

    private DdlSamples() {
    }

    @Table
    // raw SQL is not rewritten: quote names in it, since H2 upper-cases unquoted ones
    @Check(rawSql = "\"points\" >= 0")
    @UniqueConstraint(columns = {"first_name", "last_name"})
    public record Client(@Id @GeneratedValue long clientId,
                         @Column(length = 80, nullable = false, unique = true) String email,
                         @Column(length = 40) String firstName, @Column(length = 40) String lastName,
                         @Column(defaultExpression = "0") int points,
                         @ManyToOne(joinColumns = @JoinColumn(name = "referred_by")) Ref<Client> referredBy,
                         @Enumerated(value = EnumStorage.NATIVE, nativeType = "client_tier") Tier tier) {
    }

    /** A client's tier, a native enum type on PostgreSQL. */
    public enum Tier {
        FREE,
        GOLD
    }

    @Table(name = "orders")
    @Index(columns = {"client_id", "placed"}, unique = true)
    public record Order(@Id @GeneratedValue(strategy = GenerationStrategy.SEQUENCE) long orderId,
                        @ManyToOne(optional = false, onDelete = ReferentialAction.CASCADE) Ref<Client> client,
                        int placed, @ManyToMany RefList<Tag> tags) {
    }

    @Table
    public record Tag(@Id @Column(length = 20) String code, @ManyToMany(mappedBy = "tags") RefList<Order> orders) {
    }
}
