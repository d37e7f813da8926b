package dev.quicksilver.benchmarks.writes;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.mapping.annotation.Version;
import dev.quicksilver.mapping.model.EntityModel;

/** A stock level per SKU, optimistically locked: the inventory test kit's {@code Stock}, in the benchmark schema. */
@Table(name = "stock", schema = "quicksilver_writes_bench")
public record BenchStock(@Id @Column(length = 20) String sku, int qty, @Version long version) {

    /** The entity reference. */
    public static final EntityModel<BenchStock> STOCK = EntityModel.of(BenchStock.class);
    /** The key. */
    public static final dev.quicksilver.mapping.model.Column<BenchStock, String> SKU = STOCK.column("sku", String.class);
    /** The quantity on hand. */
    public static final dev.quicksilver.mapping.model.Column<BenchStock, Integer> QTY = STOCK.column("qty", Integer.class);

    /** This stock with another quantity (same version: the write checks and increments it). */
    public BenchStock withQty(int newQty) {
        return new BenchStock(sku, newQty, version);
    }
}
