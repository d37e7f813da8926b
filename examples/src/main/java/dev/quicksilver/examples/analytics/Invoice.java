package dev.quicksilver.examples.analytics;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.ManyToOne;
import dev.quicksilver.mapping.annotation.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A Chinook invoice (table {@code invoice}) of one customer; its total is the sum of its lines. */
@Table
record Invoice(@Id int invoiceId, @ManyToOne(optional = false) Ref<Customer> customer,
               @Column(nullable = false) LocalDateTime invoiceDate,
               @Column(length = 70) @Nullable String billingAddress, @Column(length = 40) @Nullable String billingCity,
               @Column(length = 40) @Nullable String billingState, @Column(length = 40) @Nullable String billingCountry,
               @Column(length = 10) @Nullable String billingPostalCode,
               @Column(precision = 10, scale = 2, nullable = false) BigDecimal total) {
}
