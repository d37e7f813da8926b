/** The inventory example (scenario 3): warehouses, items, stock levels and movements. */
@NullMarked
package dev.quicksilver.examples.inventory;

import org.jspecify.annotations.NullMarked;
