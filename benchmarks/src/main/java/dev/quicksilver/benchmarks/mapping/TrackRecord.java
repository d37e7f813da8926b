package dev.quicksilver.benchmarks.mapping;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import java.math.BigDecimal;

/** Chinook's track as a record entity (foreign keys as plain columns). */
@Table(name = "track")
public record TrackRecord(@Id int trackId, @Column(length = 200) String name, Integer albumId, int mediaTypeId,
                          Integer genreId, @Column(length = 220) String composer, int milliseconds, Integer bytes,
                          @Column(precision = 10, scale = 2) BigDecimal unitPrice) {
}
