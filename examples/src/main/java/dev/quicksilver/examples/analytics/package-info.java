/** The analytics dashboard example (scenario 1) over the Chinook music store. */
@NullMarked
package dev.quicksilver.examples.analytics;

import org.jspecify.annotations.NullMarked;
