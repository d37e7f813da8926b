package dev.quicksilver.examples.inventory;

import dev.quicksilver.mapping.annotation.GeneratedValue;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.mapping.annotation.UniqueConstraint;
import org.jspecify.annotations.Nullable;

/**
 * How much of an item a warehouse holds: {@code onHand} units, of which {@code reserved} are promised to
 * orders; {@code onHand - reserved} are available. One row per (warehouse, item), changed only by
 * conditional updates, so concurrent requests never lose an update. Immutable.
 *
 * @param id the generated key
 * @param warehouseId the warehouse
 * @param itemId the item
 * @param onHand units physically in the warehouse
 * @param reserved units of those promised to orders
 */
@Table
@UniqueConstraint(name = "uq_stock_level", columns = {"warehouse_id", "item_id"})
public record StockLevel(@Id @GeneratedValue @Nullable Long id, long warehouseId, long itemId, int onHand,
                         int reserved) {
}
