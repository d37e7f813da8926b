package dev.quicksilver.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.mapping.chinook.Address;
import dev.quicksilver.mapping.chinook.Album;
import dev.quicksilver.mapping.chinook.Artist;
import dev.quicksilver.mapping.chinook.Customer;
import dev.quicksilver.mapping.chinook.Employee;
import dev.quicksilver.mapping.chinook.Invoice;
import dev.quicksilver.mapping.chinook.Track;
import dev.quicksilver.mapping.metadata.EntityAccessor;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Records, mutable classes and immutable classes are read and built the same way. */
class EntityAccessorTest {

    private final MappingContext mapping = MappingContext.standard();

    private static <T> Object[] values(EntityMetadata<T> entity, T instance) {
        Object[] values = new Object[entity.columns().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = entity.accessor().columnValue(instance, i);
        }
        return values;
    }

    @Test
    void aRecordRoundTripsThroughItsColumnValues() {
        EntityMetadata<Invoice> invoice = mapping.entity(Invoice.class);
        Invoice original = new Invoice(7, Ref.toKey(3), LocalDateTime.of(2021, 1, 2, 0, 0),
                new Address("Street 1", "Oslo", null, "Norway", "0171"), new BigDecimal("13.86"), RefList.unloaded());
        Object[] values = values(invoice, original);
        assertThat(values).containsExactly(7, 3, LocalDateTime.of(2021, 1, 2, 0, 0), "Street 1", "Oslo", null,
                "Norway", "0171", new BigDecimal("13.86"));
        Invoice rebuilt = invoice.accessor().instantiate(values, new Object[] {Ref.toKey(3), RefList.unloaded()});
        assertThat(rebuilt).isEqualTo(original);
    }

    @Test
    void anEmbeddedValueWhoseColumnsAreAllNullIsNull() {
        EntityMetadata<Invoice> invoice = mapping.entity(Invoice.class);
        Object[] values = {1, 2, LocalDateTime.of(2021, 1, 1, 0, 0), null, null, null, null, null, BigDecimal.ONE};
        Invoice rebuilt = invoice.accessor().instantiate(values, new Object[] {Ref.toKey(2), RefList.unloaded()});
        assertThat(rebuilt.billing()).isNull();
        assertThat(invoice.accessor().columnValue(rebuilt, 4)).isNull();
    }

    @Test
    void aMutableClassIsBuiltWithItsNoArgumentConstructorAndChangedInPlace() {
        EntityMetadata<Track> track = mapping.entity(Track.class);
        Object[] values = {1, "For Those About To Rock", 1, 1, 1, "Angus Young", 343719, 11170334, new BigDecimal("0.99")};
        Object[] relationships = {Ref.toKey(1), Ref.toKey(1), Ref.toKey(1), RefList.unloaded()};
        Track built = track.accessor().instantiate(values, relationships);
        assertThat(built.getName()).isEqualTo("For Those About To Rock");
        assertThat(built.getAlbum().key()).isEqualTo(1);
        assertThat(values(track, built)).containsExactly(values);

        Track renamed = track.accessor().withColumnValue(built, 1, "Put The Finger On You");
        assertThat(renamed).isSameAs(built);
        assertThat(built.getName()).isEqualTo("Put The Finger On You");
    }

    @Test
    void anImmutableClassIsBuiltWithItsAllArgumentConstructor() {
        EntityMetadata<Customer> customer = mapping.entity(Customer.class);
        Object[] values = {1, "Luís", "Gonçalves", "Embraer", "Av. Brigadeiro", "São José", "SP", "Brazil", "12227-000",
                "+55", null, "luisg@embraer.com.br", 3};
        Customer built = customer.accessor().instantiate(values, new Object[] {Ref.toKey(3)});
        assertThat(built.firstName()).isEqualTo("Luís");
        assertThat(built.address().city()).isEqualTo("São José");
        Customer changed = customer.accessor().withColumnValue(built, 5, "Campinas");
        assertThat(changed).isNotSameAs(built);
        assertThat(changed.address().city()).isEqualTo("Campinas");
        assertThat(built.address().city()).isEqualTo("São José");
    }

    @Test
    void aWrittenKeyComesBackInANewRecord() {
        EntityMetadata<Album> album = mapping.entity(Album.class);
        Album draft = new Album(0, "Let There Be Rock", Ref.toKey(1), RefList.unloaded());
        Album saved = album.accessor().withColumnValue(draft, 0, 4);
        assertThat(saved.albumId()).isEqualTo(4);
        assertThat(draft.albumId()).isZero();
    }

    @Test
    void aForeignKeyColumnContributedByARelationshipIsReadFromItsRef() {
        EntityMetadata<Album> album = mapping.entity(Album.class);
        EntityAccessor<Album> accessor = album.accessor();
        int artistId = album.column("artist_id").orElseThrow().propertyIndex();
        assertThat(accessor.columnValue(new Album(1, "x", Ref.toKey(9), RefList.unloaded()), artistId)).isEqualTo(9);
        Artist acdc = new Artist(1, "AC/DC", RefList.unloaded());
        assertThat(accessor.columnValue(new Album(1, "x", Ref.of(acdc), RefList.unloaded()), artistId)).isEqualTo(1);
        assertThat(accessor.columnValue(new Album(1, "x", Ref.none(), RefList.unloaded()), artistId)).isNull();
        Album moved = accessor.withColumnValue(new Album(1, "x", Ref.of(acdc), RefList.unloaded()), artistId, 2);
        assertThat(moved.artist()).isEqualTo(Ref.toKey(2));
    }

    @Test
    void relationshipsThatWereNotLoadedSaySo() {
        EntityMetadata<Employee> employee = mapping.entity(Employee.class);
        Object[] values = new Object[employee.columns().size()];
        assertThatThrownBy(() -> employee.accessor().instantiate(values, new Object[] {Ref.unloaded(), RefList.unloaded()}))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("Employee.employeeId: is a primitive int, but its column holds NULL");
        values[0] = 1;
        Employee empty = employee.accessor().instantiate(values, new Object[] {Ref.unloaded(), RefList.unloaded()});
        assertThat(employee.accessor().relationshipValue(empty, 0)).isEqualTo(Ref.unloaded());
        assertThatThrownBy(() -> Ref.toKey(2).get())
                .isInstanceOf(UnloadedRelationshipException.class)
                .hasMessageContaining("was not loaded").hasMessageContaining("key 2");
        assertThatThrownBy(() -> RefList.unloaded().get()).isInstanceOf(UnloadedRelationshipException.class);
        assertThat(RefList.of(java.util.List.of()).get()).isEmpty();
        assertThat(Ref.none().get()).isNull();
    }
}
