package dev.quicksilver.migrations.internal;

/**
 * One statement of a script, as the splitter cut it.
 *
 * @param sql the statement's text, without the terminating semicolon
 * @param line the 1-based line of the script it starts on
 */
record SqlStatement(String sql, int line) {
}
