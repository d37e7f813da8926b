package dev.quicksilver.mapping.chinook;

import dev.quicksilver.mapping.RefList;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.OneToMany;
import dev.quicksilver.mapping.annotation.Table;

@Table
public record Artist(@Id int artistId, @Column(length = 120) String name,
                     @OneToMany(mappedBy = "artist") RefList<Album> albums) {
}
