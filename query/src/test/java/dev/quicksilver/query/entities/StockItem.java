package dev.quicksilver.query.entities;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.GeneratedValue;
import dev.quicksilver.mapping.annotation.GenerationStrategy;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.mapping.annotation.Version;
import org.jspecify.annotations.Nullable;

/** An item of the repository kit: a generated key, a flag, an optional note, optimistically locked. */
@Table
public record StockItem(@Id @GeneratedValue(strategy = GenerationStrategy.IDENTITY) @Nullable Long id,
                        @Column(length = 40, nullable = false) String sku, int qty, boolean active,
                        @Column(length = 80) @Nullable String note, @Version @Nullable Long version) {

    /** A new item: no key, no version. */
    public static StockItem of(String sku, int qty, boolean active) {
        return new StockItem(null, sku, qty, active, null, null);
    }

    /** This item with another quantity. */
    public StockItem withQty(int newQty) {
        return new StockItem(id, sku, newQty, active, note, version);
    }
}
