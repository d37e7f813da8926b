package dev.quicksilver.mapping.types;

import dev.quicksilver.mapping.annotation.EnumStorage;
import dev.quicksilver.mapping.annotation.Enumerated;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;

/**
 * Native enums: one named by the naming strategy ({@code mood}), one named explicitly, both of
 * {@link Mood}.
 */
@Table
public record MoodEntry(
        @Id long id,
        @Enumerated(EnumStorage.NATIVE) Mood mood,
        @Enumerated(value = EnumStorage.NATIVE, nativeType = "feeling") Mood feeling) {
}
