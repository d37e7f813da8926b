package dev.quicksilver.examples.analytics;

/** The analytics API on embedded H2, as {@code analytics.properties} configures it. */
class AnalyticsH2IT extends AnalyticsApiTests {
}
