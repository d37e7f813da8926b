package dev.quicksilver.mapping.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.MappingException;
import dev.quicksilver.mapping.annotation.Embeddable;
import dev.quicksilver.mapping.annotation.Embedded;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.mapping.chinook.Customer;
import dev.quicksilver.mapping.chinook.Invoice;
import dev.quicksilver.mapping.chinook.Track;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each entity type is built by a hidden class of its own, through nested embedded values. */
class InstantiatorsTest {

    private static final Object[] NO_RELATIONSHIPS = {};

    private final MappingContext mapping = MappingContext.standard();

    /** A mutable class holding an embedded record that holds another one. */
    @Table(name = "place")
    static final class Place {
        @Id
        Integer id;
        @Embedded
        Location location;
        String name;
    }

    @Embeddable
    record Location(@Embedded Point point, String label) {
    }

    @Embeddable
    record Point(int x, int y) {
    }

    private static Instantiator instantiator(EntityMetadata<?> entity) {
        return ((MethodHandleAccessor<?>) entity.accessor()).instantiator();
    }

    private static Object[] values(EntityMetadata<?> entity, Map<String, Integer> values) {
        Object[] row = new Object[entity.columns().size()];
        entity.columns().forEach(column -> row[column.propertyIndex()] = values.get(column.name()));
        row[entity.column("name").orElseThrow().propertyIndex()] = "home";
        return row;
    }

    @Test
    void everyEntityTypeHasAHiddenInstantiatorClassOfItsOwn() {
        Class<?> track = instantiator(mapping.entity(Track.class)).getClass();
        Class<?> invoice = instantiator(mapping.entity(Invoice.class)).getClass();
        Class<?> customer = instantiator(mapping.entity(Customer.class)).getClass();
        assertThat(track.isHidden()).isTrue();
        assertThat(invoice.isHidden()).isTrue();
        assertThat(customer.isHidden()).isTrue();
        assertThat(track).isNotEqualTo(invoice).isNotEqualTo(customer);
        assertThat(invoice).isNotEqualTo(customer);
    }

    @Test
    void nestedEmbeddedValuesAreNullExactlyWhenAllTheirColumnsAre() {
        EntityMetadata<Place> place = mapping.entity(Place.class);
        Place full = place.accessor().instantiate(values(place, Map.of("id", 1, "location_point_x", 2,
                "location_point_y", 3)), NO_RELATIONSHIPS);
        assertThat(full.id).isEqualTo(1);
        assertThat(full.name).isEqualTo("home");
        assertThat(full.location).isEqualTo(new Location(new Point(2, 3), null));

        Place noPoint = place.accessor().instantiate(values(place, Map.of("id", 1)), NO_RELATIONSHIPS);
        assertThat(noPoint.location).isNull();
        assertThat(noPoint.name).isEqualTo("home");

        assertThatThrownBy(() -> place.accessor().instantiate(values(place, Map.of("id", 1, "location_point_x", 2)),
                NO_RELATIONSHIPS))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("y: is a primitive int, but its column holds NULL");
    }
}
