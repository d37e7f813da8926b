/**
 * Spring Boot auto-configuration for Quicksilver. Empty until the starter issue fills it.
 */
@NullMarked
package dev.quicksilver.spring;

import org.jspecify.annotations.NullMarked;
