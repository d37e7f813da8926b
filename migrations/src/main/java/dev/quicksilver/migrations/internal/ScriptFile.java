package dev.quicksilver.migrations.internal;

/**
 * A {@code .sql} file found in a location.
 *
 * @param location the location as configured, e.g. {@code classpath:db/migration}
 * @param path the file's path below the location, with {@code /} separators: the history's script
 * @param content the file's text (UTF-8)
 */
record ScriptFile(String location, String path, String content) {

    /** The file's name, the last segment of its path. */
    String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Where it was found, for messages: {@code classpath:db/migration/V1__init.sql}. */
    String source() {
        return location + (location.endsWith("/") ? "" : "/") + path;
    }
}
