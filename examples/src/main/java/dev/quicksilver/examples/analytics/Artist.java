package dev.quicksilver.examples.analytics;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import org.jspecify.annotations.Nullable;

/** A Chinook artist (table {@code artist}); its albums point at it. */
@Table
record Artist(@Id int artistId, @Column(length = 120) @Nullable String name) {
}
