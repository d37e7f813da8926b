package dev.quicksilver.benchmarks.graph;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

/**
 * Chinook's invoice, line, track and album as Spring Data R2DBC maps them (flat rows, keys of related rows as
 * columns: Spring Data R2DBC has no relationships) and their repositories.
 */
public final class SpringChinook {

    private SpringChinook() {
    }

    /**
     * An invoice row.
     *
     * @param invoiceId key
     * @param customerId the customer's key
     * @param invoiceDate when
     * @param billingAddress billing street
     * @param billingCity billing city
     * @param billingState billing state
     * @param billingCountry billing country
     * @param billingPostalCode billing postal code
     * @param total the total
     */
    @Table("invoice")
    public record Invoice(@Id @Column("invoice_id") int invoiceId,
                          @Column("customer_id") int customerId,
                          @Column("invoice_date") LocalDateTime invoiceDate,
                          @Column("billing_address") @Nullable String billingAddress,
                          @Column("billing_city") @Nullable String billingCity,
                          @Column("billing_state") @Nullable String billingState,
                          @Column("billing_country") @Nullable String billingCountry,
                          @Column("billing_postal_code") @Nullable String billingPostalCode,
                          @Column("total") BigDecimal total) {
    }

    /**
     * An invoice line row.
     *
     * @param invoiceLineId key
     * @param invoiceId the invoice's key
     * @param trackId the track's key
     * @param unitPrice price of one
     * @param quantity how many
     */
    @Table("invoice_line")
    public record InvoiceLine(@Id @Column("invoice_line_id") int invoiceLineId,
                              @Column("invoice_id") int invoiceId,
                              @Column("track_id") int trackId,
                              @Column("unit_price") BigDecimal unitPrice,
                              @Column("quantity") int quantity) {
    }

    /**
     * A track row.
     *
     * @param trackId key
     * @param name title
     * @param albumId the album's key
     * @param mediaTypeId media type's key
     * @param genreId genre's key
     * @param composer who wrote it
     * @param milliseconds length
     * @param bytes size
     * @param unitPrice price
     */
    @Table("track")
    public record Track(@Id @Column("track_id") int trackId,
                        @Column("name") String name,
                        @Column("album_id") @Nullable Integer albumId,
                        @Column("media_type_id") int mediaTypeId,
                        @Column("genre_id") @Nullable Integer genreId,
                        @Column("composer") @Nullable String composer,
                        @Column("milliseconds") int milliseconds,
                        @Column("bytes") @Nullable Integer bytes,
                        @Column("unit_price") BigDecimal unitPrice) {
    }

    /**
     * An album row.
     *
     * @param albumId key
     * @param title title
     * @param artistId artist's key
     */
    @Table("album")
    public record Album(@Id @Column("album_id") int albumId,
                        @Column("title") String title,
                        @Column("artist_id") int artistId) {
    }

    /** Invoices by a range of keys. */
    public interface InvoiceRepository extends ReactiveCrudRepository<Invoice, Integer> {

        /**
         * @param low first key
         * @param high last key
         * @return the invoices, by key
         */
        Flux<Invoice> findByInvoiceIdBetweenOrderByInvoiceId(int low, int high);
    }

    /** Lines of an invoice. */
    public interface InvoiceLineRepository extends ReactiveCrudRepository<InvoiceLine, Integer> {

        /**
         * @param invoiceId the invoice
         * @return its lines, by key
         */
        Flux<InvoiceLine> findByInvoiceIdOrderByInvoiceLineId(int invoiceId);
    }

    /** Tracks by key. */
    public interface TrackRepository extends ReactiveCrudRepository<Track, Integer> {
    }

    /** Albums by key. */
    public interface AlbumRepository extends ReactiveCrudRepository<Album, Integer> {
    }
}
