package dev.quicksilver.benchmarks.query;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** {@link BenchTrack} for Spring Data R2DBC: the same table and columns (Spring's naming: {@code trackId} → {@code track_id}). */
@Table(name = "bench_track", schema = "quicksilver_bench")
public record SpringTrack(@Id @Column("track_id") int trackId,
                          @Column("name") String name,
                          @Column("album_id") @Nullable Integer albumId,
                          @Column("media_type_id") int mediaTypeId,
                          @Column("genre_id") @Nullable Integer genreId,
                          @Column("composer") @Nullable String composer,
                          @Column("milliseconds") int milliseconds,
                          @Column("bytes") @Nullable Integer bytes,
                          @Column("unit_price") BigDecimal unitPrice) {

    /** @return the same row as Quicksilver's entity, for the correctness check */
    BenchTrack toBenchTrack() {
        return new BenchTrack(trackId, name, albumId, mediaTypeId, genreId, composer, milliseconds, bytes, unitPrice);
    }
}
