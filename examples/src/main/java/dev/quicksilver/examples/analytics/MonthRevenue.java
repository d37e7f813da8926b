package dev.quicksilver.examples.analytics;

import java.math.BigDecimal;

/**
 * Revenue of one calendar month: a row of {@code GET /api/revenue/by-month}.
 *
 * @param year     the invoices' year
 * @param month    the invoices' month, 1 to 12
 * @param revenue  the sum of their totals
 * @param invoices how many there were
 */
public record MonthRevenue(int year, int month, BigDecimal revenue, long invoices) {
}
