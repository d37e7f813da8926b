package dev.quicksilver.migrations;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A migration's version: numbers separated by dots or underscores ({@code 1}, {@code 1.10},
 * {@code 2024_06_01}), compared part by part as numbers, so {@code 1.10} comes after {@code 1.9},
 * {@code 1_2} equals {@code 1.2}, and trailing zero parts do not count ({@code 1.0} equals {@code 1}).
 *
 * <p>Immutable and thread-safe.
 */
public final class MigrationVersion implements Comparable<MigrationVersion> {

    private final List<BigInteger> parts;
    private final String text;

    private MigrationVersion(List<BigInteger> parts) {
        this.parts = List.copyOf(parts);
        this.text = parts.stream().map(BigInteger::toString).collect(Collectors.joining("."));
    }

    /**
     * Parses a version.
     *
     * @param version digits separated by {@code .} or {@code _}, e.g. {@code 1.2.3} or {@code 1_2_3}
     * @return the version
     * @throws IllegalArgumentException when the text is not such a version
     */
    public static MigrationVersion parse(String version) {
        if (version.isEmpty()) {
            throw new IllegalArgumentException("A migration version is empty; expected digits separated by '.' or '_',"
                    + " e.g. 1, 1.2 or 2024_06_01.");
        }
        List<BigInteger> parts = new ArrayList<>();
        for (String part : version.split("[._]", -1)) {
            if (part.isEmpty() || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("'" + version + "' is not a migration version: expected digits"
                        + " separated by '.' or '_', e.g. 1, 1.2 or 2024_06_01.");
            }
            parts.add(new BigInteger(part));
        }
        int size = parts.size();
        while (size > 1 && parts.get(size - 1).signum() == 0) {
            size--;
        }
        return new MigrationVersion(parts.subList(0, size));
    }

    @Override
    public int compareTo(MigrationVersion other) {
        int common = Math.min(parts.size(), other.parts.size());
        for (int i = 0; i < common; i++) {
            int compared = parts.get(i).compareTo(other.parts.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(parts.size(), other.parts.size());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof MigrationVersion version && parts.equals(version.parts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parts);
    }

    /** The version with dots, trailing zero parts removed: {@code 1_2_0} prints as {@code 1.2}. */
    @Override
    public String toString() {
        return text;
    }
}
