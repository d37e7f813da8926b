package dev.quicksilver.mapping.types;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

/** A record entity with one array property of every element type the type registry supports. */
@Table
public record ArrayRecord(
        @Id long id,
        String[] texts,
        @Column(length = 20) String[] codes,
        Boolean[] flags,
        Short[] smalls,
        Integer[] numbers,
        Long[] bigs,
        Float[] reals,
        Double[] dbls,
        BigDecimal[] amounts,
        @Column(precision = 10, scale = 2) BigDecimal[] prices,
        UUID[] uuids,
        LocalDate[] dates,
        LocalTime[] times,
        LocalDateTime[] dateTimes) {
}
