package dev.quicksilver.examples.inventory;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.GeneratedValue;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import org.jspecify.annotations.Nullable;

/**
 * A warehouse, known to clients by its short {@code code} (e.g. {@code BER}). An entity: the metamodel
 * processor generates {@code Warehouse_} with typed columns. Immutable.
 *
 * @param id the generated key ({@code null} before insert)
 * @param code the unique code clients use
 * @param name a display name
 */
@Table
public record Warehouse(@Id @GeneratedValue @Nullable Long id,
                        @Column(length = 20, nullable = false, unique = true) String code,
                        @Column(length = 100, nullable = false) String name) {
}
