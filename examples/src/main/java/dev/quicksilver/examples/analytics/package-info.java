/**
 * The analytics dashboard example (scenario 1) over the Chinook music store: migrations load the data at startup
 * ({@code db/analytics}), {@code SalesReports} builds the reports with the query builder (joins, group by,
 * aggregates, limit) into records, {@code AnalyticsApi} serves them as JSON under {@code /api}, and the page at
 * {@code /} draws them with the bundled Chart.js.
 */
@NullMarked
package dev.quicksilver.examples.analytics;

import org.jspecify.annotations.NullMarked;
