package dev.quicksilver.query.internal;

import dev.quicksilver.core.Row;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Planned entity writes of one statement (same template, same generated columns read back) run as one
 * batch: the statement once per entity in one round trip ({@code Sql.add}). Inserts read their generated
 * values back in order, one row per entity; updates and deletes check one count per entity, so a stale
 * version names its entity as a write on its own would. A single plan runs on its own.
 */
final class WriteBatch {

    private WriteBatch() {
    }

    /** The written entities, in the plans' order. */
    static Mono<List<Object>> run(DefaultQuicksilver engine, List<EntityWrites.Planned<?>> plans) {
        if (plans.size() == 1) {
            return EntityWrites.run(engine, plans.get(0)).map(written -> List.of(written));
        }
        EntityWrites.Planned<?> first = plans.get(0);
        WriteTemplates.Template template = java.util.Objects.requireNonNull(first.template());
        List<Object[]> rows = new ArrayList<>(plans.size());
        for (EntityWrites.Planned<?> plan : plans) {
            rows.add(plan.bound());
        }
        var sql = template.bindEach(engine.database(), rows);
        if (!first.returned().isEmpty()) {
            return sql.returnGeneratedValues(first.returned().stream().map(ColumnMetadata::name).toArray(String[]::new))
                    .fetch().collectList().map(generated -> {
                        if (generated.size() != plans.size()) {
                            throw new IllegalStateException("A batch of " + plans.size() + " inserts returned "
                                    + generated.size() + " rows of generated values: " + template.text());
                        }
                        List<Object> written = new ArrayList<>(plans.size());
                        for (int i = 0; i < plans.size(); i++) {
                            written.add(complete(plans.get(i), generated.get(i)));
                        }
                        return written;
                    });
        }
        return sql.rowCounts().collectList().flatMap(counts -> {
            List<Object> written = new ArrayList<>(plans.size());
            for (int i = 0; i < plans.size(); i++) {
                EntityWrites.Planned<?> plan = plans.get(i);
                long count = i < counts.size() ? counts.get(i) : 0;
                if (count == 0 && plan.stale() != null) {
                    return Mono.error(plan.stale().get());
                }
                written.add(complete(plan, null));
            }
            return Mono.just(written);
        });
    }

    private static Object complete(EntityWrites.Planned<?> plan, @org.jspecify.annotations.Nullable Row row) {
        return plan.completion().apply(row);
    }
}
