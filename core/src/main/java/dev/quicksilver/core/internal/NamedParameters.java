package dev.quicksilver.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds {@code :name} parameters in SQL text, skipping string literals, quoted identifiers,
 * comments, dollar-quoted bodies and PostgreSQL's {@code ::} casts. Results are cached per text in a
 * bounded cache, so a statement's text is parsed once.
 */
final class NamedParameters {

    private static final int CACHE_LIMIT = 2048;
    private static final Map<String, ParsedSql> CACHE = new ConcurrentHashMap<>();

    private NamedParameters() {
    }

    static ParsedSql parse(String sql) {
        ParsedSql parsed = CACHE.get(sql);
        if (parsed == null) {
            parsed = parseUncached(sql);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(sql, parsed);
        }
        return parsed;
    }

    static ParsedSql parseUncached(String sql) {
        List<String> fragments = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Map<String, Integer> positions = new LinkedHashMap<>();
        int length = sql.length();
        int fragmentStart = 0;
        int i = 0;
        while (i < length) {
            char c = sql.charAt(i);
            if (c == '\'' && i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                    && (i == 1 || !Character.isJavaIdentifierPart(sql.charAt(i - 2)))) {
                i = skipEscapedString(sql, i);
            } else if (c == '\'' || c == '"') {
                i = skipQuoted(sql, i, c);
            } else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? length : end + 1;
            } else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
                i = skipBlockComment(sql, i);
            } else if (c == '$' && dollarTagEnd(sql, i) > 0) {
                int tagEnd = dollarTagEnd(sql, i);
                String tag = sql.substring(i, tagEnd + 1);
                int close = sql.indexOf(tag, tagEnd + 1);
                i = close < 0 ? length : close + tag.length();
            } else if (c == ':' && i + 1 < length && sql.charAt(i + 1) == ':') {
                i += 2;
            } else if (c == ':' && i + 1 < length && Character.isJavaIdentifierStart(sql.charAt(i + 1))
                    && sql.charAt(i + 1) != '$' && (i == 0 || !Character.isLetterOrDigit(sql.charAt(i - 1)))) {
                // A name right after a letter or digit is an array slice (arr[1:n]) or a label, not a parameter.
                int end = i + 2;
                while (end < length && Character.isJavaIdentifierPart(sql.charAt(end)) && sql.charAt(end) != '$') {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                fragments.add(sql.substring(fragmentStart, i));
                names.add(name);
                positions.putIfAbsent(name, positions.size());
                fragmentStart = end;
                i = end;
            } else {
                i++;
            }
        }
        fragments.add(sql.substring(fragmentStart));
        return new ParsedSql(sql, List.copyOf(fragments), List.copyOf(names), List.copyOf(positions.keySet()),
                Map.copyOf(positions), ParsedSql.operationOf(sql), ParsedSql.tableOf(sql));
    }

    private static int skipQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    /** Skips a PostgreSQL escape string {@code E'…'}, where a backslash escapes the next character. */
    private static int skipEscapedString(String sql, int start) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '\'') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static int skipBlockComment(String sql, int start) {
        int depth = 0;
        int i = start;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** The index of the closing {@code $} of a dollar-quote tag starting at {@code start}, or -1. */
    private static int dollarTagEnd(String sql, int start) {
        if (start > 0 && Character.isJavaIdentifierPart(sql.charAt(start - 1))) {
            return -1;
        }
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '$') {
                return i;
            }
            if (!(Character.isLetter(c) || c == '_' || (i > start + 1 && Character.isDigit(c)))) {
                return -1;
            }
            i++;
        }
        return -1;
    }
}
