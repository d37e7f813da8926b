/**
 * Spring Boot auto-configuration for Quicksilver: a {@code Database} and a {@code Quicksilver} built on
 * the application's R2DBC {@code ConnectionFactory}, migrations at startup, Micrometer observation and
 * pool gauges, an actuator health indicator and migrations endpoint, and a database per tenant
 * ({@code quicksilver.tenants.*}: routed by the Reactor Context's tenant, from a request header in WebFlux).
 */
@NullMarked
package dev.quicksilver.spring.boot;

import org.jspecify.annotations.NullMarked;
