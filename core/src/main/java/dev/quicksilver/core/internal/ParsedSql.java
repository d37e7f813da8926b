package dev.quicksilver.core.internal;

import dev.quicksilver.core.dialect.Dialect;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * SQL text split at its named parameters, with what observation needs to know about it. Parsed
 * once per distinct text and cached.
 *
 * @param original the text as written
 * @param fragments the literal text between parameters ({@code parameterNames.size() + 1} pieces)
 * @param parameterNames the parameter at each occurrence, in order
 * @param distinctNames each name once, in order of first occurrence; the name's bind position is its index here
 * @param operation the leading keyword, upper case
 * @param table the first table named, or {@code null}
 */
record ParsedSql(String original, List<String> fragments, List<String> parameterNames, List<String> distinctNames,
                 Map<String, Integer> positions, String operation, @Nullable String table) {

    private static final Pattern TABLE = Pattern.compile(
            "(?is)\\b(?:from|into|update|table|join)\\s+(?:if\\s+(?:not\\s+)?exists\\s+)?(?:only\\s+)?"
                    + "((?:\"[^\"]+\"|[a-z_][a-z0-9_$]*)(?:\\.(?:\"[^\"]+\"|[a-z_][a-z0-9_$]*))?)");

    /** Renders the text with the dialect's bind markers; a name used twice reuses its marker. */
    String render(Dialect dialect) {
        if (parameterNames.isEmpty()) {
            return original;
        }
        StringBuilder sql = new StringBuilder(original.length() + parameterNames.size() * 2);
        for (int i = 0; i < parameterNames.size(); i++) {
            sql.append(fragments.get(i)).append(dialect.bindMarker(positions.get(parameterNames.get(i))));
        }
        return sql.append(fragments.get(parameterNames.size())).toString();
    }

    static String operationOf(String sql) {
        int i = 0;
        int length = sql.length();
        while (i < length) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? length : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? length : end + 2;
            } else {
                break;
            }
        }
        int start = i;
        while (i < length && Character.isLetter(sql.charAt(i))) {
            i++;
        }
        return start == i ? "OTHER" : sql.substring(start, i).toUpperCase(Locale.ROOT);
    }

    static @Nullable String tableOf(String sql) {
        Matcher matcher = TABLE.matcher(sql);
        return matcher.find() ? matcher.group(1).replace("\"", "") : null;
    }
}
