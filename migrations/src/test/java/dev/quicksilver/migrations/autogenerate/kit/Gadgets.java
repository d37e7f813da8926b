package dev.quicksilver.migrations.autogenerate.kit;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;

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

    /** Declared wrongly: two properties on one column. */
    @Table(name = "gadget")
    record BrokenGadget(@Id int gadgetId, @Column(name = "label") String label, @Column(name = "label") String other) {
    }
}
