package dev.quicksilver.query.internal;

import dev.quicksilver.core.exception.UnsupportedFeatureException;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.JoinColumnMetadata;
import dev.quicksilver.mapping.metadata.JoinTableMetadata;
import dev.quicksilver.mapping.metadata.RelationshipKind;
import dev.quicksilver.mapping.metadata.RelationshipMetadata;
import dev.quicksilver.mapping.model.Condition;
import dev.quicksilver.query.CommonTable;
import dev.quicksilver.query.DerivedTable;
import dev.quicksilver.query.internal.ProjectionSpec.EntitySource;
import dev.quicksilver.query.internal.ProjectionSpec.JoinKind;
import dev.quicksilver.query.internal.ProjectionSpec.RelationshipSource;
import dev.quicksilver.query.internal.ProjectionSpec.Source;
import dev.quicksilver.query.internal.ProjectionSpec.TableSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Renders a query's FROM clause: entity tables, derived tables ({@code (SELECT …) "alias"}), common
 * tables, joins on a condition, and joins along a relationship on its foreign key (to-one owning side:
 * {@code target.referenced = source.fk}; inverse side: {@code target.fk = source.referenced}; many-to-many:
 * through the association table under an alias of its own).
 */
final class SourceRenderer {

    private SourceRenderer() {
    }

    /** Brings every entity of the FROM clause into scope before the select list refers to them. */
    static List<SqlWriter.@Nullable Scope> enter(List<Source> sources, SqlWriter out) {
        List<SqlWriter.@Nullable Scope> scopes = new ArrayList<>(sources.size());
        for (Source source : sources) {
            if (source instanceof EntitySource entity) {
                scopes.add(out.enter(entity.entity()));
            } else if (source instanceof RelationshipSource related) {
                scopes.add(out.enter(related.target()));
            } else {
                scopes.add(null);
            }
        }
        return scopes;
    }

    static void from(List<Source> sources, List<SqlWriter.@Nullable Scope> scopes, SqlWriter out) {
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            SqlWriter.Scope scope = scopes.get(i);
            if (source.kind() == JoinKind.FULL && !out.dialect().supportsFullJoin()) {
                throw new UnsupportedFeatureException(out.dialect().name(), "FULL JOIN", "Combine a LEFT JOIN with the"
                        + " unmatched rows of the RIGHT JOIN (leftJoinQuery.unionAll(rightJoinQuery.where(left key is"
                        + " null))).");
            }
            out.append(i == 0 ? " FROM " : source.kind().sql);
            if (source instanceof EntitySource entity) {
                table(scope, out);
                on(entity.on(), entity.kind(), out);
            } else if (source instanceof TableSource table) {
                if (table.table() instanceof DerivedTable derived) {
                    ProjectionRenderer.subquery(derived.query(), out);
                    out.append(' ').identifier(derived.name());
                } else {
                    out.identifier(((CommonTable) table.table()).name());
                }
                on(table.on(), table.kind(), out);
            } else if (source instanceof RelationshipSource related) {
                relationship(related, scope, out);
            }
        }
    }

    private static void table(SqlWriter.@Nullable Scope scope, SqlWriter out) {
        SqlWriter.Scope entered = Objects.requireNonNull(scope, "scope");
        out.append(entered.metadata().table().render(out.dialect())).append(' ').append(entered.alias());
    }

    private static void on(@Nullable Condition on, JoinKind kind, SqlWriter out) {
        if (kind != JoinKind.FROM) {
            out.append(" ON ");
            ExpressionRenderer.render(Objects.requireNonNull(on, "on"), out);
        }
    }

    private static void relationship(RelationshipSource related, SqlWriter.@Nullable Scope targetScope, SqlWriter out) {
        SqlWriter.Scope source = out.scopeOf(related.relationship().entity());
        SqlWriter.Scope target = Objects.requireNonNull(targetScope, "target");
        RelationshipMetadata relationship = related.relationship().resolve(source.metadata());
        if (relationship.kind().isToOne() && relationship.isOwning()) {
            table(target, out);
            out.append(" ON ");
            keys(relationship.joinColumns(), target, source, out);
            return;
        }
        RelationshipMetadata owning = owningSide(relationship, target.metadata(), source.metadata());
        if (relationship.kind() != RelationshipKind.MANY_TO_MANY) {
            table(target, out);
            out.append(" ON ");
            keys(owning.joinColumns(), source, target, out);
            return;
        }
        JoinTableMetadata joinTable = Objects.requireNonNull(owning.joinTable(), "joinTable");
        List<JoinColumnMetadata> sourceSide = relationship.isOwning() ? joinTable.ownerColumns() : joinTable.targetColumns();
        List<JoinColumnMetadata> targetSide = relationship.isOwning() ? joinTable.targetColumns() : joinTable.ownerColumns();
        String association = out.internalAlias("j");
        out.append(joinTable.table().render(out.dialect())).append(' ').append(association).append(" ON ");
        for (int i = 0; i < sourceSide.size(); i++) {
            out.append(i == 0 ? "" : " AND ").append(association).append('.').identifier(sourceSide.get(i).column())
                    .append(" = ").column(source, sourceSide.get(i).referencedColumn());
        }
        out.append(related.kind().sql);
        table(target, out);
        out.append(" ON ");
        for (int i = 0; i < targetSide.size(); i++) {
            out.append(i == 0 ? "" : " AND ").column(target, targetSide.get(i).referencedColumn()).append(" = ")
                    .append(association).append('.').identifier(targetSide.get(i).column());
        }
    }

    /** {@code referenced.col = holder.fk} for each column of a foreign key held by {@code holder}. */
    private static void keys(List<JoinColumnMetadata> columns, SqlWriter.Scope referenced, SqlWriter.Scope holder,
                             SqlWriter out) {
        for (int i = 0; i < columns.size(); i++) {
            out.append(i == 0 ? "" : " AND ").column(referenced, columns.get(i).referencedColumn()).append(" = ")
                    .column(holder, columns.get(i).column());
        }
    }

    private static RelationshipMetadata owningSide(RelationshipMetadata relationship, EntityMetadata<?> target,
                                                   EntityMetadata<?> source) {
        if (relationship.isOwning()) {
            return relationship;
        }
        String mappedBy = Objects.requireNonNull(relationship.mappedBy(), "mappedBy");
        return target.relationship(mappedBy).orElseThrow(() -> new IllegalStateException(target.type().getName()
                + " has no relationship " + mappedBy + " (the other side of " + source.type().getName() + "."
                + relationship.property() + ")"));
    }
}
