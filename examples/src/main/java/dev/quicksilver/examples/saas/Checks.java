package dev.quicksilver.examples.saas;

import org.jspecify.annotations.Nullable;

/** Input checks of the SaaS example: each failure is an {@link IllegalArgumentException}, answered 400. */
final class Checks {

    private Checks() {
    }

    static String text(String field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + field + "' is required and must not be blank");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException("'" + field + "' has " + trimmed.length()
                    + " characters; at most " + maxLength + " are allowed");
        }
        return trimmed;
    }

    static long version(@Nullable Long version) {
        if (version == null) {
            throw new IllegalArgumentException("'version' is required on an update: send the version you read,"
                    + " so a concurrent change is not overwritten");
        }
        return version;
    }
}
