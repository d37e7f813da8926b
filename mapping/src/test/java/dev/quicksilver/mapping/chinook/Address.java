package dev.quicksilver.mapping.chinook;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Embeddable;

/** A postal address, embedded in employees and customers as is and in invoices as {@code billing_…}. */
@Embeddable
public record Address(@Column(length = 70) String address, @Column(length = 40) String city,
                      @Column(length = 40) String state, @Column(length = 40) String country,
                      @Column(length = 10) String postalCode) {
}
