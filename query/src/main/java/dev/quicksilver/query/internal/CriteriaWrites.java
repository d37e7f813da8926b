package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.model.Column;
import dev.quicksilver.mapping.model.Condition;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.query.DeleteStatement;
import dev.quicksilver.query.UpdateStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/** Update and delete by criteria: immutable statements rendered at subscription. */
final class CriteriaWrites {

    private CriteriaWrites() {
    }

    /** What both statements share: the entity, its condition, and whether every row is meant. */
    private record Target<E>(DefaultQuicksilver engine, EntityModel<E> entity, @Nullable Condition where,
                             boolean everyRow) {

        Target<E> where(Condition condition) {
            Objects.requireNonNull(condition, "condition");
            return new Target<>(engine, entity, where == null ? condition : where.and(condition), everyRow);
        }

        Target<E> everyRowMeant() {
            return new Target<>(engine, entity, where, true);
        }

        SqlWriter.Scope open(SqlWriter out, String verb) {
            if (where == null && !everyRow) {
                throw new IllegalStateException(verb + " of " + entity.type().getSimpleName() + " has no where(...): it"
                        + " would change every row of the table. Add a condition, or call all() to mean every row.");
            }
            SqlWriter.Scope scope = out.enter(entity);
            out.append(verb).append(' ').append(verb.equals("DELETE") ? "FROM " : "")
                    .append(scope.metadata().table().render(out.dialect())).append(' ').append(scope.alias());
            return scope;
        }

        void whereClause(SqlWriter out) {
            if (where != null) {
                out.append(" WHERE ");
                ExpressionRenderer.render(where, out);
            }
        }

        SqlWriter writer() {
            return new SqlWriter(engine.database().dialect(), engine.mapping());
        }

        Mono<Long> run(java.util.function.Supplier<RenderedSql> render) {
            return Mono.fromSupplier(render).flatMap(sql -> sql.prepare(engine.database()).rowsUpdated());
        }
    }

    static <E> UpdateStatement<E> update(DefaultQuicksilver engine, EntityModel<E> entity) {
        return new Update<>(new Target<>(engine, entity, null, false), List.of());
    }

    static <E> DeleteStatement<E> delete(DefaultQuicksilver engine, EntityModel<E> entity) {
        return new Delete<>(new Target<>(engine, entity, null, false));
    }

    private record Update<E>(Target<E> target, List<Assignment> assignments) implements UpdateStatement<E> {

        private Update<E> with(Column<E, ?> column, @Nullable Object value) {
            Objects.requireNonNull(column, "column");
            List<Assignment> more = new ArrayList<>(assignments);
            more.add(Assignment.of(column, value));
            return new Update<>(target, List.copyOf(more));
        }

        @Override
        public <T> UpdateStatement<E> set(Column<E, T> column, @Nullable T value) {
            return with(column, value);
        }

        @Override
        public <T> UpdateStatement<E> set(Column<E, T> column, Expression<? extends T> value) {
            return with(column, Objects.requireNonNull(value, "value"));
        }

        @Override
        public UpdateStatement<E> where(Condition condition) {
            return new Update<>(target.where(condition), assignments);
        }

        @Override
        public UpdateStatement<E> all() {
            return new Update<>(target.everyRowMeant(), assignments);
        }

        @Override
        public Mono<Long> execute() {
            return target.run(this::render);
        }

        @Override
        public String sql() {
            return render().text();
        }

        private RenderedSql render() {
            if (assignments.isEmpty()) {
                throw new IllegalStateException("UPDATE of " + target.entity().type().getSimpleName()
                        + " sets nothing: call set(column, value) at least once.");
            }
            SqlWriter out = target.writer();
            SqlWriter.Scope scope = target.open(out, "UPDATE");
            for (int i = 0; i < assignments.size(); i++) {
                Assignment assignment = assignments.get(i);
                ColumnMetadata column = assignment.column().resolve(scope.metadata());
                out.append(i == 0 ? " SET " : ", ").identifier(column.name()).append(" = ");
                assignment.renderValue(column, out);
            }
            target.whereClause(out);
            return out.build();
        }
    }

    private record Delete<E>(Target<E> target) implements DeleteStatement<E> {

        @Override
        public DeleteStatement<E> where(Condition condition) {
            return new Delete<>(target.where(condition));
        }

        @Override
        public DeleteStatement<E> all() {
            return new Delete<>(target.everyRowMeant());
        }

        @Override
        public Mono<Long> execute() {
            return target.run(this::render);
        }

        @Override
        public String sql() {
            return render().text();
        }

        private RenderedSql render() {
            SqlWriter out = target.writer();
            target.open(out, "DELETE");
            target.whereClause(out);
            return out.build();
        }
    }
}
