package dev.quicksilver.migrations.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a script into statements at semicolons, except inside single-quoted strings ({@code ''}
 * escapes; backslash escapes in {@code E'…'} strings where the database has them), double-quoted
 * identifiers, dollar-quoted bodies ({@code $$…$$}, {@code $tag$…$tag$}), {@code --} line comments
 * and block comments (nested where the database nests them). Leading comments and blank lines of a
 * statement are dropped; a chunk holding only comments is no statement.
 *
 * <p>Immutable and thread-safe.
 */
final class SqlSplitter {

    private final boolean nestedBlockComments;
    private final boolean escapeStrings;

    /**
     * @param nestedBlockComments whether {@code /* /* *&#47; *&#47;} nests (PostgreSQL)
     * @param escapeStrings whether {@code E'…'} strings take backslash escapes (PostgreSQL)
     */
    SqlSplitter(boolean nestedBlockComments, boolean escapeStrings) {
        this.nestedBlockComments = nestedBlockComments;
        this.escapeStrings = escapeStrings;
    }

    /**
     * Splits a script.
     *
     * @param script the script's text (line ends already normalised or not: {@code \r} is whitespace)
     * @return the statements in order
     * @throws IllegalArgumentException naming the line when a string, identifier, dollar quote or
     *     comment is never closed
     */
    List<SqlStatement> split(String script) {
        List<SqlStatement> statements = new ArrayList<>();
        int length = script.length();
        int line = 1;
        int start = -1;
        int startLine = 0;
        int i = 0;
        while (i < length) {
            char c = script.charAt(i);
            char next = i + 1 < length ? script.charAt(i + 1) : '\0';
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && next == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? length : end;
            } else if (c == '/' && next == '*') {
                int end = skipBlockComment(script, i, line);
                line += countLines(script, i, end);
                i = end;
            } else if (c == ';') {
                if (start >= 0) {
                    statements.add(new SqlStatement(script.substring(start, i).stripTrailing(), startLine));
                    start = -1;
                }
                i++;
            } else {
                if (start < 0) {
                    start = i;
                    startLine = line;
                }
                int end = skipToken(script, i, line);
                line += countLines(script, i, end);
                i = end;
            }
        }
        if (start >= 0) {
            String last = script.substring(start).stripTrailing();
            statements.add(new SqlStatement(last, startLine));
        }
        return statements;
    }

    /**
     * Rewrites one statement so that it holds no semicolon outside what the database reads as a
     * literal, for drivers that cut statements at every semicolon (r2dbc-h2): comments holding one are
     * dropped, and strings, quoted identifiers and dollar-quoted bodies holding one become Unicode-escape
     * literals ({@code U&'a\003Bb'}, {@code U&"a\003Bb"}), which mean the same text.
     *
     * @param statement a statement as {@link #split} returned it
     * @return the statement, unchanged when it holds no semicolon
     */
    String escapeSemicolons(String statement) {
        if (statement.indexOf(';') < 0) {
            return statement;
        }
        StringBuilder out = new StringBuilder(statement.length() + 16);
        int length = statement.length();
        int i = 0;
        while (i < length) {
            char c = statement.charAt(i);
            char next = i + 1 < length ? statement.charAt(i + 1) : '\0';
            boolean afterIdentifier = i > 0 && isIdentifierPart(statement.charAt(i - 1));
            int end;
            if (c == '-' && next == '-') {
                end = statement.indexOf('\n', i);
                end = end < 0 ? length : end;
                String comment = statement.substring(i, end);
                out.append(comment.indexOf(';') < 0 ? comment : "");
            } else if (c == '/' && next == '*') {
                end = skipBlockComment(statement, i, 1);
                String block = statement.substring(i, end);
                out.append(block.indexOf(';') < 0 ? block : " ");
            } else if ((c == '\'' || c == '"') && !(i > 0 && statement.charAt(i - 1) == '&')) {
                end = skipQuoted(statement, i, c, c == '\'' && escapeStrings && afterIdentifier
                        && (statement.charAt(i - 1) == 'E' || statement.charAt(i - 1) == 'e'), 1, "quoted text");
                String body = statement.substring(i + 1, end - 1);
                out.append(body.indexOf(';') < 0 ? statement.substring(i, end) : "U&" + c + unicodeEscape(body) + c);
            } else if (c == '$' && !afterIdentifier && dollarTagEnd(statement, i) > 0) {
                int tagEnd = dollarTagEnd(statement, i);
                String tag = statement.substring(i, tagEnd + 1);
                int close = statement.indexOf(tag, tagEnd + 1);
                end = close < 0 ? length : close + tag.length();
                String body = statement.substring(tagEnd + 1, close < 0 ? length : close);
                out.append(body.indexOf(';') < 0 ? statement.substring(i, end)
                        : "U&'" + unicodeEscape(body.replace("'", "''")) + "'");
            } else {
                end = i + 1;
                out.append(c);
            }
            i = end;
        }
        return out.toString();
    }

    private static String unicodeEscape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\003B");
    }

    /** Skips one significant token starting at {@code i}: a quoted item, or a single character. */
    private int skipToken(String script, int i, int line) {
        char c = script.charAt(i);
        if (c == '\'') {
            boolean escapes = escapeStrings && i > 0 && (script.charAt(i - 1) == 'E' || script.charAt(i - 1) == 'e')
                    && (i < 2 || !isIdentifierPart(script.charAt(i - 2)));
            return skipQuoted(script, i, '\'', escapes, line, "string literal");
        }
        if (c == '"') {
            return skipQuoted(script, i, '"', false, line, "quoted identifier");
        }
        if (c == '$' && (i == 0 || !isIdentifierPart(script.charAt(i - 1)))) {
            int tagEnd = dollarTagEnd(script, i);
            if (tagEnd > 0) {
                String tag = script.substring(i, tagEnd + 1);
                int close = script.indexOf(tag, tagEnd + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("The dollar-quoted body opened by " + tag + " on line " + line
                            + " is never closed.");
                }
                return close + tag.length();
            }
        }
        if (isIdentifierPart(c)) {
            int end = i + 1;
            while (end < script.length() && isIdentifierPart(script.charAt(end))) {
                end++;
            }
            return end;
        }
        return i + 1;
    }

    /** The index of the closing {@code $} of a dollar-quote tag opened at {@code i}, or -1 when there is none. */
    private static int dollarTagEnd(String script, int i) {
        int j = i + 1;
        if (j < script.length() && script.charAt(j) == '$') {
            return j;
        }
        if (j >= script.length() || !(Character.isLetter(script.charAt(j)) || script.charAt(j) == '_')) {
            return -1;
        }
        while (j < script.length() && (Character.isLetterOrDigit(script.charAt(j)) || script.charAt(j) == '_')) {
            j++;
        }
        return j < script.length() && script.charAt(j) == '$' ? j : -1;
    }

    private static int skipQuoted(String script, int i, char quote, boolean backslashEscapes, int line, String what) {
        int j = i + 1;
        while (j < script.length()) {
            char c = script.charAt(j);
            if (backslashEscapes && c == '\\') {
                j += 2;
            } else if (c == quote) {
                if (j + 1 < script.length() && script.charAt(j + 1) == quote) {
                    j += 2;
                } else {
                    return j + 1;
                }
            } else {
                j++;
            }
        }
        throw new IllegalArgumentException("The " + what + " opened on line " + line + " is never closed.");
    }

    private int skipBlockComment(String script, int i, int line) {
        int depth = 1;
        int j = i + 2;
        while (j < script.length()) {
            char c = script.charAt(j);
            char next = j + 1 < script.length() ? script.charAt(j + 1) : '\0';
            if (c == '*' && next == '/') {
                depth--;
                j += 2;
                if (depth == 0) {
                    return j;
                }
            } else if (nestedBlockComments && c == '/' && next == '*') {
                depth++;
                j += 2;
            } else {
                j++;
            }
        }
        throw new IllegalArgumentException("The block comment opened on line " + line + " is never closed.");
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static int countLines(String script, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (script.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
