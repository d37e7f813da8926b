package dev.quicksilver.benchmarks.report;

import java.util.Locale;

/** Number and label formatting of the report. Stateless. */
final class Format {

    private Format() {
    }

    /** @return the number with thousands separators and the given decimals; "—" for NaN */
    static String number(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "—";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** @return a score with enough decimals to read: three below 10, one below 1,000, none above */
    static String score(double value) {
        return number(value, value < 10 ? 3 : value < 1_000 ? 1 : 0);
    }

    /** @return a ratio such as {@code 0.93×} */
    static String ratio(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.2f×", value);
    }

    /** @return the driver settings of a database parameter, as a suffix in brackets; empty when there are none */
    static String settings(String database) {
        return switch (database) {
            case "postgresql" -> " [PostgreSQL, defaults]";
            case "postgresql-best" -> " [PostgreSQL, best settings]";
            case "h2" -> " [H2]";
            default -> "";
        };
    }

    /** @return the settings column of a table */
    static String settingsColumn(String database) {
        String settings = settings(database);
        return settings.isEmpty() ? "PostgreSQL, defaults" : settings.substring(2, settings.length() - 1);
    }
}
