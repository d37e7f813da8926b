package dev.quicksilver.examples.analytics;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.ManyToOne;
import dev.quicksilver.mapping.annotation.Table;

/** A Chinook album (table {@code album}) of one artist; the foreign key {@code artist_id} comes from the relationship. */
@Table
record Album(@Id int albumId, @Column(length = 160, nullable = false) String title,
             @ManyToOne(optional = false) Ref<Artist> artist) {
}
