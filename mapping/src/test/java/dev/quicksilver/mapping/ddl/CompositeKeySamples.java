package dev.quicksilver.mapping.ddl;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.GeneratedValue;
import dev.quicksilver.mapping.annotation.GenerationStrategy;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.ManyToOne;
import dev.quicksilver.mapping.annotation.ReferentialAction;
import dev.quicksilver.mapping.annotation.Table;
import java.util.List;
import java.util.UUID;

/**
 * Composite keys: a line keyed by its purchase and a number (the purchase key is both a key column and
 * the foreign key of the relationship), and a shipment referring to a line by both columns, with a
 * client-generated UUID key.
 */
public final class CompositeKeySamples {

    /** The entities, in creation order. */
    public static final List<Class<?>> ENTITIES = List.of(Purchase.class, PurchaseLine.class, Shipment.class);

    private CompositeKeySamples() {
    }

    /** A purchase with a plain key. */
    @Table
    public record Purchase(@Id long purchaseId, @Column(length = 40, nullable = false) String buyer) {
    }

    /** A line: (purchase_id, line_no) is the key; purchase_id is also the foreign key to purchase. */
    @Table
    public record PurchaseLine(@Id long purchaseId, @Id int lineNo,
                               @ManyToOne(optional = false, onDelete = ReferentialAction.CASCADE) Ref<Purchase> purchase,
                               int quantity) {
    }

    /** A shipment of one line, referring to it by both key columns. */
    @Table
    public record Shipment(@Id @GeneratedValue(strategy = GenerationStrategy.UUID) UUID shipmentId,
                           @ManyToOne(onDelete = ReferentialAction.SET_NULL) Ref<PurchaseLine> line) {
    }
}
