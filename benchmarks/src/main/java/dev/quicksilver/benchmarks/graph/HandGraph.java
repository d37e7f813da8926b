package dev.quicksilver.benchmarks.graph;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The invoice graph as the hand-written and Spring Data paths build it: plain records holding what
 * Quicksilver's Chinook entities hold (every column of invoice, line, track and album), related by
 * reference. Immutable.
 */
public final class HandGraph {

    private HandGraph() {
    }

    /**
     * An invoice and its lines.
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
     * @param lines the lines, by key
     */
    public record Invoice(int invoiceId, int customerId, LocalDateTime invoiceDate, @Nullable String billingAddress,
                          @Nullable String billingCity, @Nullable String billingState, @Nullable String billingCountry,
                          @Nullable String billingPostalCode, BigDecimal total, List<Line> lines) {
    }

    /**
     * A line of an invoice and its track.
     *
     * @param invoiceLineId key
     * @param invoiceId the invoice's key
     * @param unitPrice price of one
     * @param quantity how many
     * @param track the track
     */
    public record Line(int invoiceLineId, int invoiceId, BigDecimal unitPrice, int quantity, Track track) {
    }

    /**
     * A track and its album.
     *
     * @param trackId key
     * @param name title
     * @param mediaTypeId media type's key
     * @param genreId genre's key
     * @param composer who wrote it
     * @param milliseconds length
     * @param bytes size
     * @param unitPrice price
     * @param album the album, if any
     */
    public record Track(int trackId, String name, int mediaTypeId, @Nullable Integer genreId, @Nullable String composer,
                        int milliseconds, @Nullable Integer bytes, BigDecimal unitPrice, @Nullable Album album) {
    }

    /**
     * An album.
     *
     * @param albumId key
     * @param title title
     * @param artistId artist's key
     */
    public record Album(int albumId, String title, int artistId) {
    }
}
