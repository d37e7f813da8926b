package dev.quicksilver.query.entities;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.GeneratedValue;
import dev.quicksilver.mapping.annotation.GenerationStrategy;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.mapping.model.EntityModel;
import org.jspecify.annotations.Nullable;

/** A stock movement, keyed by an identity column the database assigns. */
@Table
public record Movement(@Id @GeneratedValue(strategy = GenerationStrategy.IDENTITY) @Nullable Long id,
                       @Column(length = 20, nullable = false) String sku, int delta) {

    /** The entity reference. */
    public static final EntityModel<Movement> MOVEMENT = EntityModel.of(Movement.class);
}
