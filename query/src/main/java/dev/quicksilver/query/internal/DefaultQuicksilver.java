package dev.quicksilver.query.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.query.EntityQuery;
import dev.quicksilver.query.Quicksilver;
import java.util.Objects;

/** The entry point: a database and a mapping context. */
record DefaultQuicksilver(Database database, MappingContext mapping) implements Quicksilver {

    @Override
    public <E> EntityQuery<E> select(EntityModel<E> entity) {
        Objects.requireNonNull(entity, "entity");
        return new DefaultEntityQuery<>(this, SelectSpec.of(entity, mapping.entity(entity.type())));
    }

    @Override
    public String toString() {
        return "Quicksilver[" + database + "]";
    }
}
