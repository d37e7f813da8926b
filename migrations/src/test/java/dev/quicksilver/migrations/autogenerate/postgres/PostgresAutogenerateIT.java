package dev.quicksilver.migrations.autogenerate.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.mapping.types.ArrayRecord;
import dev.quicksilver.mapping.types.MoodEntry;
import dev.quicksilver.migrations.autogenerate.kit.AutogenerateTestKit;
import java.util.ArrayList;
import java.util.List;

class PostgresAutogenerateIT extends AutogenerateTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }

    @Override
    protected List<Class<?>> everyType() {
        List<Class<?>> types = new ArrayList<>(super.everyType());
        types.addAll(List.of(ArrayRecord.class, MoodEntry.class));
        return types;
    }
}
