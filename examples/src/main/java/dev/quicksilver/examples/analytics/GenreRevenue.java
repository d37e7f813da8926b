package dev.quicksilver.examples.analytics;

import java.math.BigDecimal;

/**
 * Revenue of the tracks of one genre: a row of {@code GET /api/revenue/by-genre}.
 *
 * @param genre       the genre's name
 * @param revenue     the sum of unit price times quantity over the invoice lines of its tracks
 * @param tracksSold  the sum of those lines' quantities
 */
public record GenreRevenue(String genre, BigDecimal revenue, int tracksSold) {
}
