package dev.quicksilver.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.dialect.ColumnType;
import dev.quicksilver.core.dialect.ColumnType.SqlKind;
import dev.quicksilver.mapping.annotation.ReferentialAction;
import dev.quicksilver.mapping.chinook.Album;
import dev.quicksilver.mapping.chinook.Artist;
import dev.quicksilver.mapping.chinook.Customer;
import dev.quicksilver.mapping.chinook.Employee;
import dev.quicksilver.mapping.chinook.Genre;
import dev.quicksilver.mapping.chinook.Invoice;
import dev.quicksilver.mapping.chinook.InvoiceLine;
import dev.quicksilver.mapping.chinook.MediaType;
import dev.quicksilver.mapping.chinook.Playlist;
import dev.quicksilver.mapping.chinook.Track;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.ForeignKeyMetadata;
import dev.quicksilver.mapping.metadata.IndexMetadata;
import dev.quicksilver.mapping.metadata.JoinColumnMetadata;
import dev.quicksilver.mapping.metadata.RelationshipKind;
import dev.quicksilver.mapping.metadata.RelationshipMetadata;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Chinook entities produce the structure the Chinook script declares: tables, columns in order
 * with types and nullability, primary keys, foreign keys and their indexes. (The DDL rendered from
 * this metadata is compared with a live database's catalog by the DDL tests.)
 */
class ChinookMetadataTest {

    private final MappingContext mapping = MappingContext.standard();

    /** "name type nullability", as the Chinook script writes each column. */
    private static List<String> describe(EntityMetadata<?> entity) {
        return entity.columns().stream().map(ChinookMetadataTest::describe).toList();
    }

    private static String describe(ColumnMetadata column) {
        ColumnType type = column.columnType();
        String size = type.length() != null ? "(" + type.length() + ")"
                : type.precision() != null ? "(" + type.precision() + "," + type.scale() + ")" : "";
        return column.name() + " " + type.kind() + size + (column.nullable() ? "" : " NOT NULL");
    }

    @Test
    void tablesAndColumnsMatchTheChinookScript() {
        assertThat(describe(mapping.entity(Album.class))).containsExactly(
                "album_id INTEGER NOT NULL", "title VARCHAR(160) NOT NULL", "artist_id INTEGER NOT NULL");
        assertThat(describe(mapping.entity(Artist.class))).containsExactly(
                "artist_id INTEGER NOT NULL", "name VARCHAR(120)");
        assertThat(describe(mapping.entity(Customer.class))).containsExactly(
                "customer_id INTEGER NOT NULL", "first_name VARCHAR(40) NOT NULL", "last_name VARCHAR(20) NOT NULL",
                "company VARCHAR(80)", "address VARCHAR(70)", "city VARCHAR(40)", "state VARCHAR(40)",
                "country VARCHAR(40)", "postal_code VARCHAR(10)", "phone VARCHAR(24)", "fax VARCHAR(24)",
                "email VARCHAR(60) NOT NULL", "support_rep_id INTEGER");
        assertThat(describe(mapping.entity(Employee.class))).containsExactly(
                "employee_id INTEGER NOT NULL", "last_name VARCHAR(20) NOT NULL", "first_name VARCHAR(20) NOT NULL",
                "title VARCHAR(30)", "reports_to INTEGER", "birth_date TIMESTAMP", "hire_date TIMESTAMP",
                "address VARCHAR(70)", "city VARCHAR(40)", "state VARCHAR(40)", "country VARCHAR(40)",
                "postal_code VARCHAR(10)", "phone VARCHAR(24)", "fax VARCHAR(24)", "email VARCHAR(60)");
        assertThat(describe(mapping.entity(Genre.class))).containsExactly(
                "genre_id INTEGER NOT NULL", "name VARCHAR(120)");
        assertThat(describe(mapping.entity(Invoice.class))).containsExactly(
                "invoice_id INTEGER NOT NULL", "customer_id INTEGER NOT NULL", "invoice_date TIMESTAMP NOT NULL",
                "billing_address VARCHAR(70)", "billing_city VARCHAR(40)", "billing_state VARCHAR(40)",
                "billing_country VARCHAR(40)", "billing_postal_code VARCHAR(10)", "total DECIMAL(10,2) NOT NULL");
        assertThat(describe(mapping.entity(InvoiceLine.class))).containsExactly(
                "invoice_line_id INTEGER NOT NULL", "invoice_id INTEGER NOT NULL", "track_id INTEGER NOT NULL",
                "unit_price DECIMAL(10,2) NOT NULL", "quantity INTEGER NOT NULL");
        assertThat(describe(mapping.entity(MediaType.class))).containsExactly(
                "media_type_id INTEGER NOT NULL", "name VARCHAR(120)");
        assertThat(describe(mapping.entity(Playlist.class))).containsExactly(
                "playlist_id INTEGER NOT NULL", "name VARCHAR(120)");
        assertThat(describe(mapping.entity(Track.class))).containsExactly(
                "track_id INTEGER NOT NULL", "name VARCHAR(200) NOT NULL", "album_id INTEGER",
                "media_type_id INTEGER NOT NULL", "genre_id INTEGER", "composer VARCHAR(220)",
                "milliseconds INTEGER NOT NULL", "bytes INTEGER", "unit_price DECIMAL(10,2) NOT NULL");
    }

    @Test
    void primaryKeysAreTheIdProperties() {
        assertThat(mapping.entity(InvoiceLine.class).idColumns()).extracting(ColumnMetadata::name)
                .containsExactly("invoice_line_id");
        assertThat(mapping.entity(Employee.class).table().name()).isEqualTo("employee");
        assertThat(mapping.entity(MediaType.class).table().name()).isEqualTo("media_type");
    }

    @Test
    void foreignKeysAndTheirIndexesFollowTheChinookNames() {
        Map<String, String> foreignKeys = List.of(Album.class, Customer.class, Employee.class, Invoice.class,
                        InvoiceLine.class, Track.class).stream()
                .flatMap(type -> mapping.entity(type).foreignKeys().stream())
                .collect(Collectors.toMap(ForeignKeyMetadata::name, fk -> fk.columns() + " -> "
                        + fk.referencedTable() + fk.referencedColumns() + " " + fk.onDelete()));
        assertThat(foreignKeys).containsExactlyInAnyOrderEntriesOf(Map.of(
                "album_artist_id_fkey", "[artist_id] -> artist[artist_id] NO_ACTION",
                "customer_support_rep_id_fkey", "[support_rep_id] -> employee[employee_id] NO_ACTION",
                "employee_reports_to_fkey", "[reports_to] -> employee[employee_id] NO_ACTION",
                "invoice_customer_id_fkey", "[customer_id] -> customer[customer_id] NO_ACTION",
                "invoice_line_invoice_id_fkey", "[invoice_id] -> invoice[invoice_id] NO_ACTION",
                "invoice_line_track_id_fkey", "[track_id] -> track[track_id] NO_ACTION",
                "track_album_id_fkey", "[album_id] -> album[album_id] NO_ACTION",
                "track_genre_id_fkey", "[genre_id] -> genre[genre_id] NO_ACTION",
                "track_media_type_id_fkey", "[media_type_id] -> media_type[media_type_id] NO_ACTION"));
        assertThat(mapping.entity(Track.class).indexes()).extracting(IndexMetadata::name)
                .containsExactly("track_album_id_idx", "track_media_type_id_idx", "track_genre_id_idx");
    }

    @Test
    void relationshipsKnowTheirSidesAndTargets() {
        RelationshipMetadata albums = mapping.entity(Artist.class).relationship("albums").orElseThrow();
        assertThat(albums.kind()).isEqualTo(RelationshipKind.ONE_TO_MANY);
        assertThat(albums.isOwning()).isFalse();
        assertThat(albums.mappedBy()).isEqualTo("artist");
        assertThat(albums.target()).isEqualTo(Album.class);

        RelationshipMetadata reportsTo = mapping.entity(Employee.class).relationship("reportsTo").orElseThrow();
        assertThat(reportsTo.target()).isEqualTo(Employee.class);
        assertThat(reportsTo.joinColumns()).containsExactly(new JoinColumnMetadata("reports_to", "employee_id"));
        assertThat(mapping.entity(Employee.class).relationship("reports").orElseThrow().mappedBy()).isEqualTo("reportsTo");

        RelationshipMetadata tracks = mapping.entity(Playlist.class).relationship("tracks").orElseThrow();
        assertThat(tracks.kind()).isEqualTo(RelationshipKind.MANY_TO_MANY);
        assertThat(tracks.joinTable().table().name()).isEqualTo("playlist_track");
        assertThat(tracks.joinTable().ownerColumns()).containsExactly(new JoinColumnMetadata("playlist_id", "playlist_id"));
        assertThat(tracks.joinTable().targetColumns()).containsExactly(new JoinColumnMetadata("track_id", "track_id"));
        assertThat(tracks.joinTable().onDelete()).isEqualTo(ReferentialAction.NO_ACTION);
        assertThat(mapping.entity(Track.class).relationship("playlists").orElseThrow().mappedBy()).isEqualTo("tracks");
    }

    @Test
    void aForeignKeyColumnIsSharedByAColumnPropertyAndItsRelationship() {
        EntityMetadata<InvoiceLine> line = mapping.entity(InvoiceLine.class);
        assertThat(line.columnOfProperty("trackId").orElseThrow().foreignKeyOf()).isEqualTo("track");
        assertThat(line.column("INVOICE_ID").orElseThrow().foreignKeyOf()).isEqualTo("invoice");
        assertThat(line.columns().get(1).javaType()).isEqualTo(Integer.class);
    }

    @Test
    void metadataIsBuiltOnceAndShared() {
        assertThat(mapping.entity(Album.class)).isSameAs(mapping.entity(Album.class));
        assertThat(mapping.entity(Album.class).columns().get(2).columnType()).isEqualTo(ColumnType.of(SqlKind.INTEGER));
    }
}
