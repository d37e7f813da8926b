package dev.quicksilver.query.entities;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.ManyToOne;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.mapping.model.EntityModel;

/** A child of {@link Crate}. */
@Table
public record Bottle(@Id long bottleId, @Column(length = 20, nullable = false) String wine,
                     @ManyToOne(optional = false) Ref<Crate> crate) {

    /** The entity reference. */
    public static final EntityModel<Bottle> BOTTLE = EntityModel.of(Bottle.class);
}
