package dev.quicksilver.examples.analytics;

import java.math.BigDecimal;

/**
 * What the tracks of one artist earned: a row of {@code GET /api/top/artists}.
 *
 * @param artistId   the artist's id
 * @param name       the artist's name
 * @param revenue    the sum of unit price times quantity over the invoice lines of the artist's tracks
 * @param tracksSold the sum of those lines' quantities
 */
public record ArtistRevenue(int artistId, String name, BigDecimal revenue, int tracksSold) {
}
