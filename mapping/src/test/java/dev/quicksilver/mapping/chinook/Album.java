package dev.quicksilver.mapping.chinook;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.RefList;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.ManyToOne;
import dev.quicksilver.mapping.annotation.OneToMany;
import dev.quicksilver.mapping.annotation.Table;

/** The foreign key artist_id is contributed by the relationship: no column property of its own. */
@Table
public record Album(@Id int albumId, @Column(length = 160, nullable = false) String title,
                    @ManyToOne(optional = false) Ref<Artist> artist,
                    @OneToMany(mappedBy = "album") RefList<Track> tracks) {
}
