package dev.quicksilver.mapping.chinook;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.ManyToOne;
import dev.quicksilver.mapping.annotation.Table;
import java.math.BigDecimal;

/** Keeps its foreign key as a column property too (track_id), beside the relationship. */
@Table
public record InvoiceLine(@Id int invoiceLineId, @ManyToOne(optional = false) Ref<Invoice> invoice,
                          int trackId, @ManyToOne(optional = false) Ref<Track> track,
                          @Column(precision = 10, scale = 2, nullable = false) BigDecimal unitPrice, int quantity) {
}
