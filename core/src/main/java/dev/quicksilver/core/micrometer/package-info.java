/**
 * Micrometer integration, the only place core touches Micrometer: a statement listener that
 * records one {@code Observation} per statement, and a binder for pool gauges. Micrometer is an
 * optional dependency; without it on the class path, nothing else in core needs it.
 */
@NullMarked
package dev.quicksilver.core.micrometer;

import org.jspecify.annotations.NullMarked;
