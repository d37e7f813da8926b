package dev.quicksilver.benchmarks.mapping;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import java.math.BigDecimal;

/** Chinook's track as a mutable class entity with setters, for hand-written mapping. */
@Table(name = "track")
public class TrackBean {
    @Id
    private int trackId;
    @Column(length = 200)
    private String name;
    private Integer albumId;
    private int mediaTypeId;
    private Integer genreId;
    @Column(length = 220)
    private String composer;
    private int milliseconds;
    private Integer bytes;
    @Column(precision = 10, scale = 2)
    private BigDecimal unitPrice;

    /** The key. */
    public int getTrackId() {
        return trackId;
    }

    /** Sets the key. */
    public void setTrackId(int trackId) {
        this.trackId = trackId;
    }

    /** Sets the name. */
    public void setName(String name) {
        this.name = name;
    }

    /** Sets the album key. */
    public void setAlbumId(Integer albumId) {
        this.albumId = albumId;
    }

    /** Sets the media type key. */
    public void setMediaTypeId(int mediaTypeId) {
        this.mediaTypeId = mediaTypeId;
    }

    /** Sets the genre key. */
    public void setGenreId(Integer genreId) {
        this.genreId = genreId;
    }

    /** Sets the composer. */
    public void setComposer(String composer) {
        this.composer = composer;
    }

    /** Sets the length in milliseconds. */
    public void setMilliseconds(int milliseconds) {
        this.milliseconds = milliseconds;
    }

    /** Sets the size in bytes. */
    public void setBytes(Integer bytes) {
        this.bytes = bytes;
    }

    /** Sets the price. */
    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    /** The name. */
    public String getName() {
        return name;
    }
}
