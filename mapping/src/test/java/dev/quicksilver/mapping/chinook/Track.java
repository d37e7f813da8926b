package dev.quicksilver.mapping.chinook;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.RefList;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.ManyToMany;
import dev.quicksilver.mapping.annotation.ManyToOne;
import dev.quicksilver.mapping.annotation.Table;
import java.math.BigDecimal;

/** A mutable class entity: no-argument constructor and fields set through method handles. */
@Table
public class Track {
    @Id
    private int trackId;
    @Column(length = 200, nullable = false)
    private String name;
    @ManyToOne
    private Ref<Album> album;
    @ManyToOne(optional = false)
    private Ref<MediaType> mediaType;
    @ManyToOne
    private Ref<Genre> genre;
    @Column(length = 220)
    private String composer;
    private int milliseconds;
    private Integer bytes;
    @Column(precision = 10, scale = 2, nullable = false)
    private BigDecimal unitPrice;
    @ManyToMany(mappedBy = "tracks")
    private RefList<Playlist> playlists;

    public int getTrackId() {
        return trackId;
    }

    public String getName() {
        return name;
    }

    public Ref<Album> getAlbum() {
        return album;
    }

    public Ref<MediaType> getMediaType() {
        return mediaType;
    }

    public Ref<Genre> getGenre() {
        return genre;
    }

    public String getComposer() {
        return composer;
    }

    public int getMilliseconds() {
        return milliseconds;
    }

    public RefList<Playlist> getPlaylists() {
        return playlists;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setName(String name) {
        this.name = name;
    }
}
