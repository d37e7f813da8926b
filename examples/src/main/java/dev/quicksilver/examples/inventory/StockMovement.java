package dev.quicksilver.examples.inventory;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.GeneratedValue;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One change of stock, written in the same transaction as the change (the journal the movements report
 * reads). Receipts have only a destination, reservations and shipments only an origin, moves both.
 * Immutable.
 *
 * @param id the generated key ({@code null} before insert)
 * @param kind what happened
 * @param itemId the item
 * @param fromWarehouseId the warehouse stock left or was reserved at
 * @param toWarehouseId the warehouse stock arrived at
 * @param qty how many units (positive)
 * @param occurredAt when, in UTC
 * @param importBatch the CSV import that wrote it, if any
 */
@Table
public record StockMovement(@Id @GeneratedValue @Nullable Long id,
                            @Column(length = 10, nullable = false) MovementKind kind,
                            long itemId,
                            @Nullable Long fromWarehouseId,
                            @Nullable Long toWarehouseId,
                            int qty,
                            LocalDateTime occurredAt,
                            @Column(length = 36) @Nullable String importBatch) {
}
