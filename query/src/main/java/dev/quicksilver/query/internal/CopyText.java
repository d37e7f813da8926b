package dev.quicksilver.query.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Encodes rows in PostgreSQL's COPY text format: one line per row, columns separated by tabs, {@code \N}
 * for NULL; in text, backslash, tab, newline and carriage return are escaped ({@code \\}, {@code \t},
 * {@code \n}, {@code \r}), so an empty string stays an empty string, {@code \N} written by a user stays
 * text, and any other character (quotes, emoji, every Unicode code point) passes as UTF-8. Values are
 * written in the form the column type's input function reads: ISO dates and times, plain decimals,
 * {@code t}/{@code f}, {@code \x…} hex for bytes.
 */
final class CopyText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static final Set<Class<?>> TYPES = Set.of(String.class, Character.class, Boolean.class, Short.class,
            Byte.class, Integer.class, Long.class, Float.class, Double.class, BigDecimal.class, BigInteger.class,
            LocalDate.class, LocalTime.class, LocalDateTime.class, OffsetDateTime.class, OffsetTime.class,
            Instant.class, UUID.class, byte[].class);

    private CopyText() {
    }

    /** Whether values of a stored type have a text form here. */
    static boolean encodable(Class<?> storedType) {
        return TYPES.contains(storedType);
    }

    /** The rows as one buffer of COPY text, UTF-8. */
    static ByteBuffer encode(List<? extends BulkPlan.PreparedRow<?>> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 64);
        for (BulkPlan.PreparedRow<?> row : rows) {
            @Nullable Object[] values = row.values();
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                value(text, values[i]);
            }
            text.append('\n');
        }
        return ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static void value(StringBuilder text, @Nullable Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof String string) {
            escape(text, string);
        } else if (value instanceof Character character) {
            escape(text, character.toString());
        } else if (value instanceof Boolean bool) {
            text.append(bool ? 't' : 'f');
        } else if (value instanceof BigDecimal decimal) {
            text.append(decimal.toPlainString());
        } else if (value instanceof byte[] bytes) {
            // bytea's hex input \x…, its backslash escaped for COPY
            text.append("\\\\x");
            for (byte b : bytes) {
                text.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        } else {
            // numbers, ISO-8601 dates and times, UUIDs: no character that needs escaping
            text.append(value);
        }
    }

    private static void escape(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
