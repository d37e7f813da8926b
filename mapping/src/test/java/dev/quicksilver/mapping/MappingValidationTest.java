package dev.quicksilver.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.core.dialect.ColumnType;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Convert;
import dev.quicksilver.mapping.annotation.Enumerated;
import dev.quicksilver.mapping.annotation.EnumStorage;
import dev.quicksilver.mapping.annotation.GeneratedValue;
import dev.quicksilver.mapping.annotation.GenerationStrategy;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Index;
import dev.quicksilver.mapping.annotation.Json;
import dev.quicksilver.mapping.annotation.ManyToOne;
import dev.quicksilver.mapping.annotation.OneToMany;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.mapping.annotation.Version;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.types.DurationConverter;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Declaration errors are raised when metadata is built, naming the class and the property. */
class MappingValidationTest {

    private final MappingContext mapping = MappingContext.builder().build();

    record NotAnEntity(int id) {
    }

    @Table
    record NoId(String name) {
    }

    @Table
    record Parent(@Id int id, @OneToMany(mappedBy = "nothing") RefList<Child> children) {
    }

    @Table
    record Child(@Id int id, @ManyToOne Ref<Parent> parent) {
    }

    @Table
    record PointsAtNonEntity(@Id int id, @ManyToOne Ref<NotAnEntity> other) {
    }

    @Table
    record TwoOnOneColumn(@Id int id, @Column(name = "label") String name, String label) {
    }

    @Table
    record UnsupportedType(@Id int id, Duration timeout) {
    }

    @Table
    record PrimitiveArray(@Id int id, int[] scores) {
    }

    @Table
    record ArrayOfUnsupported(@Id int id, Duration[] timeouts) {
    }

    @Table
    record ConvertedArray(@Id int id, @Convert(DurationConverter.class) Duration timeout, String[] tags) {
    }

    @Table
    record RelationshipWithoutRef(@Id int id, @ManyToOne Parent parent) {
    }

    @Table
    record BadVersion(@Id int id, @Version String version) {
    }

    @Table
    record BadUuid(@Id @GeneratedValue(strategy = GenerationStrategy.UUID) long id) {
    }

    @Table
    @Index(columns = "missing")
    record IndexOnMissingColumn(@Id int id) {
    }

    @Test
    void aTypeWithoutTableIsNotAnEntity() {
        assertThatThrownBy(() -> mapping.entity(NotAnEntity.class))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("MappingValidationTest$NotAnEntity").hasMessageContaining("annotate it with @Table");
    }

    @Test
    void anEntityNeedsAnId() {
        assertThatThrownBy(() -> mapping.entity(NoId.class))
                .hasMessageContaining("$NoId").hasMessageContaining("has no @Id property");
    }

    @Test
    void aRelationshipMustPointToAnEntity() {
        assertThatThrownBy(() -> mapping.entity(PointsAtNonEntity.class))
                .hasMessageContaining("$PointsAtNonEntity.other")
                .hasMessageContaining("NotAnEntity, which is not an entity");
    }

    @Test
    void mappedByMustNameTheOwningProperty() {
        assertThatThrownBy(() -> mapping.entity(Parent.class))
                .hasMessageContaining("$Parent.children")
                .hasMessageContaining("mappedBy = \"nothing\"")
                .hasMessageContaining("must name the @ManyToOne property of Child that points back to Parent");
    }

    @Test
    void twoPropertiesCannotShareAColumn() {
        assertThatThrownBy(() -> mapping.entity(TwoOnOneColumn.class))
                .hasMessageContaining("$TwoOnOneColumn.label")
                .hasMessageContaining("maps to the column 'label', which name maps to already");
    }

    @Test
    void arraysNeedBoxedElementsOfASupportedType() {
        assertThatThrownBy(() -> mapping.entity(PrimitiveArray.class)).isInstanceOf(MappingException.class)
                .hasMessageContaining("$PrimitiveArray.scores: is an array of primitives (int[])")
                .hasMessageContaining("declare it as Integer[]");
        assertThatThrownBy(() -> mapping.entity(ArrayOfUnsupported.class)).isInstanceOf(MappingException.class)
                .hasMessageContaining("$ArrayOfUnsupported.timeouts: is an array of java.time.Duration")
                .hasMessageContaining("@Convert");
        ColumnMetadata tags = mapping.entity(ConvertedArray.class).columnOfProperty("tags").orElseThrow();
        assertThat(tags.storedType()).isEqualTo(String[].class);
        assertThat(tags.columnType()).isEqualTo(ColumnType.arrayOf(ColumnType.of(ColumnType.SqlKind.TEXT)));
    }

    @Test
    void anUnsupportedTypeNeedsAConverter() {
        assertThatThrownBy(() -> mapping.entity(UnsupportedType.class))
                .hasMessageContaining("$UnsupportedType.timeout")
                .hasMessageContaining("java.time.Duration has no column type")
                .hasMessageContaining("@Convert");
    }

    @Test
    void otherDeclarationErrorsNameClassAndProperty() {
        assertThatThrownBy(() -> mapping.entity(RelationshipWithoutRef.class))
                .hasMessageContaining("$RelationshipWithoutRef.parent").hasMessageContaining("Ref<Target>");
        assertThatThrownBy(() -> mapping.entity(BadVersion.class))
                .hasMessageContaining("$BadVersion.version").hasMessageContaining("int, Integer, long or Long");
        assertThatThrownBy(() -> mapping.entity(BadUuid.class))
                .hasMessageContaining("$BadUuid.id").hasMessageContaining("java.util.UUID");
        assertThatThrownBy(() -> mapping.entity(IndexOnMissingColumn.class))
                .hasMessageContaining("$IndexOnMissingColumn").hasMessageContaining("'missing'");
    }

    enum Status { ACTIVE, CLOSED }

    @Table(name = "job", schema = "work")
    record Job(@Id @GeneratedValue(strategy = GenerationStrategy.UUID) UUID id,
               @Convert(DurationConverter.class) Duration timeout, Status status,
               @Enumerated(EnumStorage.ORDINAL) Status previous, @Json String payload, @Version long version) {
    }

    @Test
    void convertersEnumsJsonAndVersionsAreResolved() {
        EntityMetadata<Job> job = mapping.entity(Job.class);
        assertThat(job.table().toString()).isEqualTo("work.job");
        ColumnMetadata timeout = job.columnOfProperty("timeout").orElseThrow();
        assertThat(timeout.storedType()).isEqualTo(Long.class);
        assertThat(timeout.converter()).isInstanceOf(DurationConverter.class);
        assertThat(job.columnOfProperty("status").orElseThrow().storedType()).isEqualTo(String.class);
        assertThat(job.columnOfProperty("previous").orElseThrow().storedType()).isEqualTo(Integer.class);
        assertThat(job.columnOfProperty("payload").orElseThrow().json()).isTrue();
        assertThat(job.versionColumn().orElseThrow().name()).isEqualTo("version");
        assertThat(job.idColumns().get(0).generated().strategy()).isEqualTo(GenerationStrategy.UUID);
        Object first = job.idColumns().get(0).generated().clientGeneratedValue();
        Object second = job.idColumns().get(0).generated().clientGeneratedValue();
        assertThat(first).isInstanceOf(java.util.UUID.class).isNotEqualTo(second);
        assertThat(((java.util.UUID) first).version()).isEqualTo(4);

        MappingContext withConverter = MappingContext.builder().converter(new DurationConverter()).build();
        assertThat(withConverter.entity(UnsupportedType.class).columnOfProperty("timeout").orElseThrow().storedType())
                .isEqualTo(Long.class);
    }

    @Table
    record Person(@Id int id, @dev.quicksilver.mapping.annotation.OneToOne(mappedBy = "holder") Ref<Passport> passport) {
    }

    @Table
    record Passport(@Id int id, @dev.quicksilver.mapping.annotation.OneToOne(optional = false,
            onDelete = dev.quicksilver.mapping.annotation.ReferentialAction.CASCADE) Ref<Person> holder) {
    }

    @Test
    void oneToOneOwnsAUniqueForeignKeyAndItsInverseSideNamesIt() {
        EntityMetadata<Passport> passport = mapping.entity(Passport.class);
        ColumnMetadata holderId = passport.column("holder_id").orElseThrow();
        assertThat(holderId.nullable()).isFalse();
        assertThat(holderId.foreignKeyOf()).isEqualTo("holder");
        assertThat(passport.foreignKeys()).singleElement().satisfies(foreignKey -> {
            assertThat(foreignKey.name()).isEqualTo("passport_holder_id_fkey");
            assertThat(foreignKey.referencedTable().name()).isEqualTo("person");
            assertThat(foreignKey.onDelete()).isEqualTo(dev.quicksilver.mapping.annotation.ReferentialAction.CASCADE);
        });
        assertThat(passport.uniqueConstraints()).singleElement().satisfies(unique ->
                assertThat(unique.columns()).containsExactly("holder_id"));
        var inverse = mapping.entity(Person.class).relationship("passport").orElseThrow();
        assertThat(inverse.isOwning()).isFalse();
        assertThat(inverse.mappedBy()).isEqualTo("holder");
        assertThat(mapping.entity(Person.class).columns()).extracting(ColumnMetadata::name).containsExactly("id");
    }

    @Test
    void namesFollowTheNamingStrategy() {
        NamingStrategy snake = NamingStrategy.snakeCase();
        assertThat(snake.tableName(dev.quicksilver.mapping.chinook.InvoiceLine.class)).isEqualTo("invoice_line");
        assertThat(snake.columnName("billingPostalCode")).isEqualTo("billing_postal_code");
        assertThat(snake.columnName("URLPath")).isEqualTo("url_path");
        assertThat(snake.columnName("address2Line")).isEqualTo("address2_line");
        assertThat(snake.columnName("id")).isEqualTo("id");
    }
}
