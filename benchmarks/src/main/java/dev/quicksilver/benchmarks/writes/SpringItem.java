package dev.quicksilver.benchmarks.writes;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * {@link BenchItem} for Spring Data R2DBC: same table and columns. {@link Persistable} so that
 * {@code saveAll} inserts rows whose key the caller assigns (otherwise it would try an UPDATE).
 */
@Table(name = "bench_item", schema = "quicksilver_writes_bench")
public final class SpringItem implements Persistable<Long> {

    @Id
    @Column("item_id")
    private final long itemId;
    private final String label;
    private final @Nullable Integer quantity;
    private final @Nullable BigDecimal price;
    @Transient
    private final boolean fresh;

    /** Row {@code i} of the generated data, as {@link BenchItem#generate(int)}. */
    static SpringItem generate(int i) {
        BenchItem item = BenchItem.generate(i);
        return new SpringItem(item.itemId(), item.label(), item.quantity(), item.price(), true);
    }

    SpringItem(long itemId, String label, @Nullable Integer quantity, @Nullable BigDecimal price, boolean fresh) {
        this.itemId = itemId;
        this.label = label;
        this.quantity = quantity;
        this.price = price;
        this.fresh = fresh;
    }

    @Override
    public Long getId() {
        return itemId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    /** The label. */
    public String getLabel() {
        return label;
    }

    /** The quantity. */
    public @Nullable Integer getQuantity() {
        return quantity;
    }

    /** The price. */
    public @Nullable BigDecimal getPrice() {
        return price;
    }
}
