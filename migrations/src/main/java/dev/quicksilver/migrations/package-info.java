/**
 * The reactive migration runner. Empty until the migrations issue fills it.
 */
@NullMarked
package dev.quicksilver.migrations;

import org.jspecify.annotations.NullMarked;
