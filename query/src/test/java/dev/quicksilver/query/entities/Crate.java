package dev.quicksilver.query.entities;

import dev.quicksilver.mapping.RefList;
import dev.quicksilver.mapping.annotation.Cascade;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.OneToMany;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.mapping.model.Relationship;

/** A parent whose session add and remove pass on to its loaded bottles. */
@Table
public record Crate(@Id long crateId, @Column(length = 20, nullable = false) String label,
                    @OneToMany(mappedBy = "crate", cascade = {Cascade.ADD, Cascade.REMOVE}) RefList<Bottle> bottles) {

    /** The entity reference. */
    public static final EntityModel<Crate> CRATE = EntityModel.of(Crate.class);
    /** Its bottles. */
    public static final Relationship<Crate, Bottle> BOTTLES = CRATE.toMany("bottles", Bottle.class);
}
