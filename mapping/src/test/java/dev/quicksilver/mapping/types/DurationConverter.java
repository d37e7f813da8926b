package dev.quicksilver.mapping.types;

import dev.quicksilver.mapping.Converter;
import java.time.Duration;

/** Stores a {@link Duration} as its nanoseconds (a type the registry does not know, through {@code @Convert}). */
public final class DurationConverter implements Converter<Duration, Long> {

    @Override
    public Class<Duration> javaType() {
        return Duration.class;
    }

    @Override
    public Class<Long> databaseType() {
        return Long.class;
    }

    @Override
    public Long toDatabase(Duration value) {
        return value.toNanos();
    }

    @Override
    public Duration fromDatabase(Long value) {
        return Duration.ofNanos(value);
    }
}
