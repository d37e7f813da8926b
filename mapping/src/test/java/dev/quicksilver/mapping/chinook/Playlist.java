package dev.quicksilver.mapping.chinook;

import dev.quicksilver.mapping.RefList;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.JoinTable;
import dev.quicksilver.mapping.annotation.ManyToMany;
import dev.quicksilver.mapping.annotation.ReferentialAction;
import dev.quicksilver.mapping.annotation.Table;

/** The association table keeps the script's NO ACTION delete rule (the default would be CASCADE). */
@Table
public record Playlist(@Id int playlistId, @Column(length = 120) String name,
                       @ManyToMany(joinTable = @JoinTable(name = "playlist_track",
                               onDelete = ReferentialAction.NO_ACTION)) RefList<Track> tracks) {
}
