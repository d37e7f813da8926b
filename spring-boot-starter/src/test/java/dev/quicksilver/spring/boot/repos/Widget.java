package dev.quicksilver.spring.boot.repos;

import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;

/** A small entity for the repository scanning tests. */
@Table(name = "qs_widget")
public record Widget(@Id int id, String name) {
}
