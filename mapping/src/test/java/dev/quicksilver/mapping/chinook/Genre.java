package dev.quicksilver.mapping.chinook;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;

@Table
public record Genre(@Id int genreId, @Column(length = 120) String name) {
}
