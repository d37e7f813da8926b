package dev.quicksilver.mapping.model;

import static dev.quicksilver.mapping.chinook.Employee_.EMPLOYEE;
import static dev.quicksilver.mapping.chinook.InvoiceLine_.INVOICE_LINE;
import static dev.quicksilver.mapping.chinook.Invoice_.INVOICE;
import static dev.quicksilver.mapping.chinook.Track_.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.MappingException;
import dev.quicksilver.mapping.chinook.Album;
import dev.quicksilver.mapping.chinook.Album_;
import dev.quicksilver.mapping.chinook.Artist_;
import dev.quicksilver.mapping.chinook.Customer_;
import dev.quicksilver.mapping.chinook.Employee;
import dev.quicksilver.mapping.chinook.Employee_;
import dev.quicksilver.mapping.chinook.Genre_;
import dev.quicksilver.mapping.chinook.InvoiceLine;
import dev.quicksilver.mapping.chinook.MediaType_;
import dev.quicksilver.mapping.chinook.Playlist_;
import dev.quicksilver.mapping.chinook.Track;
import dev.quicksilver.mapping.ddl.CompositeKeySamples_PurchaseLine_;
import dev.quicksilver.mapping.ddl.CompositeKeySamples_Shipment_;
import dev.quicksilver.mapping.ddl.DdlSamples_Client_;
import dev.quicksilver.mapping.ddl.DdlSamples_Order_;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.RelationshipKind;
import dev.quicksilver.mapping.types.ArrayBean_;
import dev.quicksilver.mapping.types.ArrayRecord_;
import dev.quicksilver.mapping.types.MoodEntry_;
import dev.quicksilver.mapping.types.TypedBean_;
import dev.quicksilver.mapping.types.TypedRecord_;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The metamodel generated for the Chinook entities, used as the query issue will use it. */
class MetamodelTest {

    private final MappingContext mapping = MappingContext.standard();

    /** The Chinook entities and the test entities of every supported type, array, enum and key shape. */
    static Stream<EntityModel<?>> entities() {
        return Stream.of(Album_.ALBUM, Artist_.ARTIST, Customer_.CUSTOMER, EMPLOYEE, Genre_.GENRE, INVOICE,
                INVOICE_LINE, MediaType_.MEDIA_TYPE, Playlist_.PLAYLIST, TRACK, TypedRecord_.TYPED_RECORD,
                TypedBean_.TYPED_BEAN, ArrayRecord_.ARRAY_RECORD, ArrayBean_.ARRAY_BEAN, MoodEntry_.MOOD_ENTRY,
                CompositeKeySamples_PurchaseLine_.PURCHASE_LINE, CompositeKeySamples_Shipment_.SHIPMENT,
                DdlSamples_Client_.CLIENT, DdlSamples_Order_.ORDER);
    }

    @ParameterizedTest
    @MethodSource("entities")
    void everyGeneratedReferenceResolvesAgainstTheRunTimeMetadata(EntityModel<?> model) throws IllegalAccessException {
        EntityMetadata<?> metadata = mapping.entity(model.type());
        List<String> columnPaths = new ArrayList<>();
        List<String> relationships = new ArrayList<>();
        for (Field field : model.getClass().getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Object reference = field.get(model);
            if (reference instanceof Column<?, ?> column) {
                ColumnMetadata resolved = column.resolve(metadata);
                assertThat(resolved.propertyPath()).isEqualTo(column.propertyPath());
                columnPaths.add(column.propertyPath());
            } else {
                Relationship<?, ?> relationship = (Relationship<?, ?>) reference;
                assertThat(relationship.resolve(metadata).property()).isEqualTo(relationship.property());
                relationships.add(relationship.property());
            }
        }
        // Every column with a property of its own has a constant, and every relationship does.
        assertThat(columnPaths).containsExactlyInAnyOrderElementsOf(metadata.columns().stream()
                .filter(column -> column.foreignKeyOf() == null || !column.propertyPath().equals(column.foreignKeyOf()))
                .map(ColumnMetadata::propertyPath).toList());
        assertThat(relationships).containsExactlyElementsOf(metadata.relationships().stream()
                .map(relationship -> relationship.property()).toList());
    }

    @Test
    void columnsCarryTheirJavaTypeAndResolveToColumnNames() {
        Column<Track, BigDecimal> price = TRACK.UNIT_PRICE;
        Column<Track, Integer> milliseconds = TRACK.MILLISECONDS;
        assertThat(price.javaType()).isEqualTo(BigDecimal.class);
        assertThat(milliseconds.javaType()).isEqualTo(Integer.class);
        assertThat(price.resolve(mapping.entity(Track.class)).name()).isEqualTo("unit_price");
        assertThat(EMPLOYEE.ADDRESS_POSTAL_CODE.propertyPath()).isEqualTo("address.postalCode");
        assertThat(EMPLOYEE.ADDRESS_POSTAL_CODE.resolve(mapping.entity(Employee.class)).name()).isEqualTo("postal_code");
        assertThat(INVOICE.BILLING_CITY.resolve(mapping.entity(dev.quicksilver.mapping.chinook.Invoice.class)).name())
                .isEqualTo("billing_city");
    }

    @Test
    void comparisonsBuildAnImmutableConditionTree() {
        Condition cheapAndCredited = TRACK.UNIT_PRICE.lt(new BigDecimal("1.00")).and(TRACK.COMPOSER.isNotNull())
                .and(TRACK.MILLISECONDS.between(60_000, 300_000));
        assertThat(cheapAndCredited).isInstanceOf(Junction.class);
        Junction junction = (Junction) cheapAndCredited;
        assertThat(junction.kind()).isEqualTo(Junction.Kind.AND);
        assertThat(junction.conditions()).containsExactly(
                new Comparison(TRACK.UNIT_PRICE, ComparisonOperator.LT, new Value<>(new BigDecimal("1.00"))),
                new NullTest(TRACK.COMPOSER, true),
                new Between(TRACK.MILLISECONDS, new Value<>(60_000), new Value<>(300_000)));

        Condition either = TRACK.NAME.in(List.of("Balls to the Wall", "Fast As a Shark")).or(TRACK.BYTES.isNull());
        assertThat(((Junction) either).conditions().get(0)).isEqualTo(
                new InList(TRACK.NAME, List.of("Balls to the Wall", "Fast As a Shark"), false));
        assertThat(either.not().not()).isEqualTo(either);
        assertThat(TRACK.NAME.desc().nullsLast()).isEqualTo(
                new SortKey(TRACK.NAME, SortKey.Direction.DESC, SortKey.Nulls.LAST));
        // Two columns of the same type compare; the other side keeps its entity and alias.
        Employee_ manager = EMPLOYEE.as("manager");
        Comparison sameCity = (Comparison) EMPLOYEE.ADDRESS_CITY.eq(manager.ADDRESS_CITY);
        assertThat(((Column<?, ?>) sameCity.right()).entity().alias()).contains("manager");
        assertThat(((Column<?, ?>) sameCity.left()).entity().alias()).isEmpty();
    }

    @Test
    void nullsAreRefusedWithTheAlternative() {
        assertThatThrownBy(() -> TRACK.COMPOSER.eq((String) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("isNull()");
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> TRACK.COMPOSER.in(withNull)).hasMessageContaining("isNull()");
    }

    @Test
    void relationshipPathsChainThroughTheirTargets() {
        RelationshipPath<dev.quicksilver.mapping.chinook.Invoice, Track> path = INVOICE.LINES.then(INVOICE_LINE.TRACK);
        assertThat(path.steps()).containsExactly(INVOICE.LINES, INVOICE_LINE.TRACK);
        RelationshipPath<dev.quicksilver.mapping.chinook.Invoice, Album> longer = path.then(TRACK.ALBUM);
        assertThat(longer.steps()).hasSize(3);
        assertThat(INVOICE_LINE.TRACK.toOne()).isTrue();
        assertThat(INVOICE.LINES.toOne()).isFalse();
        assertThat(INVOICE_LINE.TRACK.resolve(mapping.entity(InvoiceLine.class)).kind())
                .isEqualTo(RelationshipKind.MANY_TO_ONE);
        assertThat(EMPLOYEE.REPORTS_TO.target()).isEqualTo(Employee.class);
    }

    @Test
    void aliasesAreCheckedAndCarriedByEveryReference() {
        Employee_ manager = EMPLOYEE.as("manager");
        assertThat(manager.LAST_NAME.entity().alias()).contains("manager");
        assertThat(manager.type()).isEqualTo(Employee.class);
        assertThat(EMPLOYEE.LAST_NAME.entity().alias()).isEmpty();
        assertThatThrownBy(() -> EMPLOYEE.as("m; drop table employee"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a plain SQL identifier");
    }

    @Test
    void stringReferencesWorkWithoutTheProcessorAndNameAnUnknownProperty() {
        EntityModel<Track> track = EntityModel.of(Track.class);
        EntityMetadata<Track> metadata = mapping.entity(Track.class);
        assertThat(track.column("unitPrice", BigDecimal.class).resolve(metadata).name()).isEqualTo("unit_price");
        assertThat(track.column("composer").resolve(metadata).name()).isEqualTo("composer");
        assertThat(track.toOne("album", Album.class).resolve(metadata).property()).isEqualTo("album");
        // a to-one relationship without a column property of its own: its name refers to its key column
        assertThat(track.column("album", Integer.class).resolve(metadata).name()).isEqualTo("album_id");

        assertThatThrownBy(() -> track.column("nmae", String.class).resolve(metadata))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining(Track.class.getName() + ".nmae")
                .hasMessageContaining("no column property 'nmae'")
                .hasMessageContaining("Did you mean 'name'?")
                .hasMessageContaining("Track_");
        assertThatThrownBy(() -> track.column("name", Integer.class).resolve(metadata))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("the reference says java.lang.Integer but the property is a java.lang.String");
        assertThatThrownBy(() -> track.toMany("album", Album.class).resolve(metadata))
                .isInstanceOf(MappingException.class).hasMessageContaining("MANY_TO_ONE");
        assertThatThrownBy(() -> track.toOne("albun", Album.class).resolve(metadata))
                .hasMessageContaining("Did you mean 'album'?");
        assertThatThrownBy(() -> TRACK.NAME.resolve(mapping.entity(Album.class)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resolved against the metadata of");
    }
}
