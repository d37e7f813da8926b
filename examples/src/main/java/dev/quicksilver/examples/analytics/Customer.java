package dev.quicksilver.examples.analytics;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import org.jspecify.annotations.Nullable;

/** A Chinook customer (table {@code customer}); the support representative is kept as its plain key. */
@Table
record Customer(@Id int customerId, @Column(length = 40, nullable = false) String firstName,
                @Column(length = 20, nullable = false) String lastName, @Column(length = 80) @Nullable String company,
                @Column(length = 70) @Nullable String address, @Column(length = 40) @Nullable String city,
                @Column(length = 40) @Nullable String state, @Column(length = 40) @Nullable String country,
                @Column(length = 10) @Nullable String postalCode, @Column(length = 24) @Nullable String phone,
                @Column(length = 24) @Nullable String fax, @Column(length = 60, nullable = false) String email,
                @Nullable Integer supportRepId) {
}
