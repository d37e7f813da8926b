package dev.quicksilver.examples.inventory;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.GeneratedValue;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.mapping.annotation.Version;
import org.jspecify.annotations.Nullable;

/**
 * An item of the catalogue, known by its unique SKU; below {@code lowStockThreshold} available units in a
 * warehouse it is low on stock. Versioned: an update carrying a stale version fails with an
 * {@code OptimisticLockException}. Immutable.
 *
 * @param id the generated key ({@code null} before insert)
 * @param sku the unique stock-keeping unit
 * @param name a display name
 * @param lowStockThreshold available units below which a low-stock event is sent
 * @param version the optimistic-lock version ({@code null} before insert)
 */
@Table
public record Item(@Id @GeneratedValue @Nullable Long id,
                   @Column(length = 40, nullable = false, unique = true) String sku,
                   @Column(length = 200, nullable = false) String name,
                   int lowStockThreshold,
                   @Version @Nullable Long version) {
}
