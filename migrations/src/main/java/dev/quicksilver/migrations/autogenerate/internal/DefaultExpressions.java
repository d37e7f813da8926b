package dev.quicksilver.migrations.autogenerate.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Compares column defaults as written by the model's DDL and as a database reports them, after
 * removing what databases add: PostgreSQL's casts ({@code 'a'::character varying},
 * {@code nextval('seq'::regclass)}), H2's schema prefixes ({@code "PUBLIC"."seq"}), identifier quotes,
 * quotes around numbers, enclosing parentheses, letter case and spacing. It is a comparison, not a
 * parser: an equivalent default written very differently reads as a change (which the human reviewing
 * the migration sees and drops).
 */
final class DefaultExpressions {

    private static final Pattern CAST = Pattern.compile("::\\s*\"?[A-Za-z_][A-Za-z0-9_ ]*\"?(\\([0-9, ]*\\))?(\\[\\])?");
    private static final Pattern QUALIFIER = Pattern.compile("\"[^\"]*\"\\.");
    private static final Pattern QUOTED_NUMBER = Pattern.compile("'(-?[0-9]+(\\.[0-9]+)?)'");

    private DefaultExpressions() {
    }

    static boolean same(@Nullable String model, @Nullable String database) {
        return Objects.equals(normalise(model), normalise(database));
    }

    static @Nullable String normalise(@Nullable String expression) {
        if (expression == null) {
            return null;
        }
        String text = unwrap(expression.strip());
        text = CAST.matcher(text).replaceAll("");
        text = QUALIFIER.matcher(text).replaceAll("").replace("\"", "");
        text = QUOTED_NUMBER.matcher(unwrap(text.strip())).replaceAll("$1");
        String normalised = text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return normalised.isEmpty() || normalised.equals("null") ? null : normalised;
    }

    /** Removes parentheses around the whole expression, as often as they are there. */
    private static String unwrap(String text) {
        String current = text;
        while (current.startsWith("(") && current.endsWith(")") && balanced(current.substring(1, current.length() - 1))) {
            current = current.substring(1, current.length() - 1).strip();
        }
        return current;
    }

    private static boolean balanced(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
