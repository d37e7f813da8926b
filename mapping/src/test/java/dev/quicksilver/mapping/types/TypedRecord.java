package dev.quicksilver.mapping.types;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Convert;
import dev.quicksilver.mapping.annotation.EnumStorage;
import dev.quicksilver.mapping.annotation.Enumerated;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Json;
import dev.quicksilver.mapping.annotation.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A record entity with one property of every type the type registry supports (and a converter). */
@Table
public record TypedRecord(
        @Id long id,
        boolean flag,
        Boolean flagBox,
        short small,
        Short smallBox,
        int number,
        Integer numberBox,
        long big,
        Long bigBox,
        float real,
        Float realBox,
        double dbl,
        Double dblBox,
        @Column(precision = 38, scale = 10) BigDecimal amount,
        BigDecimal anyAmount,
        @Column(length = 40) String shortText,
        String text,
        UUID uuid,
        LocalDate date,
        LocalTime time,
        LocalDateTime dateTime,
        OffsetDateTime offsetDateTime,
        Instant instant,
        byte[] bytes,
        Mood moodText,
        @Enumerated(EnumStorage.ORDINAL) Mood moodOrdinal,
        @Json String document,
        @Convert(DurationConverter.class) Duration duration) {
}
