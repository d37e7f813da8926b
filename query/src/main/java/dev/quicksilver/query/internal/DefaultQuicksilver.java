package dev.quicksilver.query.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.query.DeleteStatement;
import dev.quicksilver.query.EntityQuery;
import dev.quicksilver.query.InsertStatement;
import dev.quicksilver.query.UpdateStatement;
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
    public <E> UpdateStatement<E> update(EntityModel<E> entity) {
        return CriteriaWrites.update(this, Objects.requireNonNull(entity, "entity"));
    }

    @Override
    public <E> DeleteStatement<E> delete(EntityModel<E> entity) {
        return CriteriaWrites.delete(this, Objects.requireNonNull(entity, "entity"));
    }

    @Override
    public <E> InsertStatement<E> insertInto(EntityModel<E> entity) {
        return RowInsert.of(this, Objects.requireNonNull(entity, "entity"));
    }

    @Override
    public String toString() {
        return "Quicksilver[" + database + "]";
    }
}
