package dev.quicksilver.examples.analytics;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import org.jspecify.annotations.Nullable;

/** A Chinook genre (table {@code genre}). */
@Table
record Genre(@Id int genreId, @Column(length = 120) @Nullable String name) {
}
