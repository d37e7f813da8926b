package dev.quicksilver.query.entities;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.GeneratedValue;
import dev.quicksilver.mapping.annotation.GenerationStrategy;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.ManyToOne;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.mapping.model.EntityModel;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A record child of {@link Warehouse}, keyed by a UUID generated on the client. */
@Table
public record Shelf(@Id @GeneratedValue(strategy = GenerationStrategy.UUID) @Nullable UUID id,
                    @Column(length = 10, nullable = false) String label,
                    @ManyToOne(optional = false) Ref<Warehouse> warehouse) {

    /** The entity reference. */
    public static final EntityModel<Shelf> SHELF = EntityModel.of(Shelf.class);
}
