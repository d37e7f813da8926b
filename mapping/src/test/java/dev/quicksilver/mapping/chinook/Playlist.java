package dev.quicksilver.mapping.chinook;

import dev.quicksilver.mapping.RefList;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.JoinTable;
import dev.quicksilver.mapping.annotation.ManyToMany;
import dev.quicksilver.mapping.annotation.Table;

@Table
public record Playlist(@Id int playlistId, @Column(length = 120) String name,
                       @ManyToMany(joinTable = @JoinTable(name = "playlist_track")) RefList<Track> tracks) {
}
