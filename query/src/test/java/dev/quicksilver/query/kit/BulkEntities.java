package dev.quicksilver.query.kit;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.GeneratedValue;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.mapping.annotation.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The entities the bulk writer's tests write. */
public final class BulkEntities {

    private BulkEntities() {
    }

    /** A row of generated data; the label is required. */
    @Table
    public record BulkItem(@Id long itemId, @Column(length = 60, nullable = false) String label, Integer quantity,
                           @Column(precision = 10, scale = 2) BigDecimal price) {
    }

    /** Text that must come back exactly, next to a few other types. */
    @Table
    public record Note(@Id int noteId, @Column(length = 2000) String body, LocalDate day, Boolean flag, UUID ref) {
    }

    /** A row whose key the database generates. */
    @Table
    public record Ticket(@Id @GeneratedValue Long ticketId, @Column(length = 60, nullable = false) String title) {
    }

    /** A versioned row: bulk updates match it only at the version it carries. */
    @Table
    public record Stock(@Id long stockId, @Column(length = 60, nullable = false) String sku, int quantity,
                        @Version long version) {
    }
}
