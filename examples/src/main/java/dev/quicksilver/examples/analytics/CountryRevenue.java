package dev.quicksilver.examples.analytics;

import java.math.BigDecimal;

/**
 * Revenue of the customers of one country: a row of {@code GET /api/revenue/by-country}, built by the query builder
 * from its projection by position.
 *
 * @param country  the customers' country
 * @param revenue  the sum of their invoice totals
 * @param invoices how many invoices they received
 */
public record CountryRevenue(String country, BigDecimal revenue, long invoices) {
}
