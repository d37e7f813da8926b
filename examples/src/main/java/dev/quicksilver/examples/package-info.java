/** The examples' launcher and the console demo of core. */
@NullMarked
package dev.quicksilver.examples;

import org.jspecify.annotations.NullMarked;
