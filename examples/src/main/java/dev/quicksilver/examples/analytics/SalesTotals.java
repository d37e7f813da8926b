package dev.quicksilver.examples.analytics;

import java.math.BigDecimal;

/**
 * The store's totals: the answer of {@code GET /api/totals}, the dashboard's headline.
 *
 * @param revenue   the sum of all invoice totals
 * @param invoices  how many invoices there are
 * @param customers how many customers received one
 */
public record SalesTotals(BigDecimal revenue, long invoices, long customers) {
}
