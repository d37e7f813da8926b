package dev.quicksilver.migrations.internal;

import dev.quicksilver.migrations.MigrationResolutionException;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces {@code ${name}} placeholders in a script with configured values; an unknown name is an error. */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.:-]+)}");

    private Placeholders() {
    }

    /**
     * @param sql the script's text
     * @param values the configured values
     * @param source the script, for the error message
     * @return the text with every placeholder replaced
     * @throws MigrationResolutionException naming the script, the placeholder and its line when a value is missing
     */
    static String replace(String sql, Map<String, String> values, String source) {
        Matcher matcher = PLACEHOLDER.matcher(sql);
        StringBuilder result = new StringBuilder(sql.length());
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.get(name);
            if (value == null) {
                long line = sql.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
                throw new MigrationResolutionException("Migration " + source + " uses placeholder ${" + name
                        + "} on line " + line + ", which has no value. Known placeholders: " + new TreeSet<>(values.keySet())
                        + ". Add it with MigrationSettings.builder().placeholder(\"" + name + "\", value), or turn"
                        + " replacement off with placeholderReplacement(false).");
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
