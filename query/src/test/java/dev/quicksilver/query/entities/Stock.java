package dev.quicksilver.query.entities;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.mapping.annotation.Version;
import dev.quicksilver.mapping.model.EntityModel;

/** A stock level per SKU, optimistically locked. */
@Table
public record Stock(@Id @Column(length = 20) String sku, int qty, @Version long version) {

    /** The entity reference. */
    public static final EntityModel<Stock> STOCK = EntityModel.of(Stock.class);
    /** Its columns. */
    public static final dev.quicksilver.mapping.model.Column<Stock, String> SKU = STOCK.column("sku", String.class);
    /** The quantity on hand. */
    public static final dev.quicksilver.mapping.model.Column<Stock, Integer> QTY = STOCK.column("qty", Integer.class);

    /** This stock with another quantity (same version: the write checks and increments it). */
    public Stock withQty(int newQty) {
        return new Stock(sku, newQty, version);
    }
}
