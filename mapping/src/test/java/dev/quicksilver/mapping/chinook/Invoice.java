package dev.quicksilver.mapping.chinook;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.RefList;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Embedded;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.ManyToOne;
import dev.quicksilver.mapping.annotation.OneToMany;
import dev.quicksilver.mapping.annotation.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

@Table
public record Invoice(@Id int invoiceId, @ManyToOne(optional = false) Ref<Customer> customer,
                      @Column(nullable = false) LocalDateTime invoiceDate,
                      @Embedded(prefix = "billing_") Address billing,
                      @Column(precision = 10, scale = 2, nullable = false) BigDecimal total,
                      @OneToMany(mappedBy = "invoice") RefList<InvoiceLine> lines) {
}
