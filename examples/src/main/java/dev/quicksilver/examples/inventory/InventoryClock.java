package dev.quicksilver.examples.inventory;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The example's time: UTC, to the microsecond (what both databases store in a TIMESTAMP). */
final class InventoryClock {

    private InventoryClock() {
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
