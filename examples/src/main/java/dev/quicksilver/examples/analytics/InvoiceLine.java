package dev.quicksilver.examples.analytics;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.ManyToOne;
import dev.quicksilver.mapping.annotation.Table;
import java.math.BigDecimal;

/** A line of a Chinook invoice (table {@code invoice_line}): a track sold, at a unit price, in a quantity. */
@Table
record InvoiceLine(@Id int invoiceLineId, @ManyToOne(optional = false) Ref<Invoice> invoice,
                   @ManyToOne(optional = false) Ref<Track> track,
                   @Column(precision = 10, scale = 2, nullable = false) BigDecimal unitPrice, int quantity) {
}
