package dev.quicksilver.migrations.autogenerate.kit;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.annotation.Check;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Index;
import dev.quicksilver.mapping.annotation.ManyToOne;
import dev.quicksilver.mapping.annotation.ReferentialAction;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.mapping.annotation.UniqueConstraint;

/** One table, {@code gadget}, in three versions of the model. */
final class Gadgets {

    private Gadgets() {
    }

    /** The first version. */
    @Table(name = "gadget")
    record Gadget(@Id int gadgetId, @Column(length = 40) String label) {
    }

    /** A field added: {@code weight}. */
    @Table(name = "gadget")
    record GadgetV2(@Id int gadgetId, @Column(length = 40) String label, Integer weight) {
    }

    /** {@code label} gone, {@code title} of the same type new: a rename, or a drop and an add? */
    @Table(name = "gadget")
    record GadgetRenamed(@Id int gadgetId, @Column(length = 40) String title) {
    }

    /**
     * {@code label} wider, NOT NULL with a default; a unique constraint, an index, a check and a foreign
     * key to {@link Maker} added.
     */
    @Table(name = "gadget")
    @UniqueConstraint(columns = {"label", "weight"})
    @Index(columns = "weight")
    @Check(name = "gadget_weight_check", rawSql = "\"weight\" > 0")
    record GadgetReshaped(@Id int gadgetId, @Column(length = 80, nullable = false, defaultExpression = "'none'") String label,
                          Integer weight, @ManyToOne(onDelete = ReferentialAction.CASCADE) Ref<Maker> maker) {
    }

    /** A second table, referenced by {@link GadgetReshaped}. */
    @Table(name = "maker")
    record Maker(@Id int makerId, @Column(length = 40) String name) {
    }

    /** The first version under another table name: a renamed table, or a new one? */
    @Table(name = "device")
    record Device(@Id int deviceId, @Column(length = 40) String name) {
    }

    /** Declared wrongly: two properties on one column. */
    @Table(name = "gadget")
    record BrokenGadget(@Id int gadgetId, @Column(name = "label") String label, @Column(name = "label") String other) {
    }
}
