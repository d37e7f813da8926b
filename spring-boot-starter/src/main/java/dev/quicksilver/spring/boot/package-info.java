/**
 * Spring Boot auto-configuration for Quicksilver: a {@code Database} and a {@code Quicksilver} built on
 * the application's R2DBC {@code ConnectionFactory}, migrations at startup, Micrometer observation and
 * pool gauges, and an actuator health indicator and migrations endpoint.
 */
@NullMarked
package dev.quicksilver.spring.boot;

import org.jspecify.annotations.NullMarked;
