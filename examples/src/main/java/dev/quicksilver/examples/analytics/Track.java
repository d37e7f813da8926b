package dev.quicksilver.examples.analytics;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.ManyToOne;
import dev.quicksilver.mapping.annotation.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A Chinook track (table {@code track}): on an album, of a genre. The media type is kept as its plain key, since
 * the dashboard never joins it.
 */
@Table
record Track(@Id int trackId, @Column(length = 200, nullable = false) String name,
             @ManyToOne Ref<Album> album, int mediaTypeId, @ManyToOne Ref<Genre> genre,
             @Column(length = 220) @Nullable String composer, int milliseconds, @Nullable Integer bytes,
             @Column(precision = 10, scale = 2, nullable = false) BigDecimal unitPrice) {
}
