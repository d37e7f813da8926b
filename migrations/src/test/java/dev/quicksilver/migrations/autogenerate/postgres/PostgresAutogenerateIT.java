package dev.quicksilver.migrations.autogenerate.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.mapping.types.ArrayRecord;
import dev.quicksilver.mapping.types.MoodEntry;
import dev.quicksilver.mapping.types.TypedRecord;
import dev.quicksilver.migrations.autogenerate.kit.AutogenerateTestKit;
import java.util.List;

class PostgresAutogenerateIT extends AutogenerateTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }

    @Override
    protected List<Class<?>> everyType() {
        return List.of(TypedRecord.class, ArrayRecord.class, MoodEntry.class);
    }
}
