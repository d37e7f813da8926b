package dev.quicksilver.mapping.model;

/**
 * {@code operand LIKE pattern ESCAPE '\'} (or its case-insensitive and negated forms). The pattern is
 * bound as a parameter; in it {@code %} and {@code _} are wildcards and {@code \} escapes them.
 * {@link Expression#contains}, {@link Expression#startsWith} and {@link Expression#endsWith} escape the
 * text they are given, so it is matched literally.
 *
 * @param operand the tested value
 * @param pattern the LIKE pattern
 * @param ignoreCase whether case is ignored ({@code ILIKE} on PostgreSQL, {@code LOWER(…) LIKE LOWER(…)} elsewhere)
 * @param negated whether this is {@code NOT LIKE}
 */
public record Like(Expression<?> operand, String pattern, boolean ignoreCase, boolean negated) implements Condition {

    /** The escape character of every pattern. */
    public static final char ESCAPE = '\\';

    /**
     * Text with LIKE's wildcards and the escape character escaped, so that it matches only itself.
     *
     * @param text any text
     * @return the text as a pattern matching exactly it
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
