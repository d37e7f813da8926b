package dev.quicksilver.examples.analytics;

import java.math.BigDecimal;

/**
 * What one customer spent: a row of {@code GET /api/top/customers}.
 *
 * @param customerId the customer's id
 * @param firstName  their first name
 * @param lastName   their last name
 * @param country    their country
 * @param invoices   how many invoices they received
 * @param spent      the sum of those invoices' totals
 */
public record CustomerSpend(int customerId, String firstName, String lastName, String country, long invoices,
                            BigDecimal spent) {
}
