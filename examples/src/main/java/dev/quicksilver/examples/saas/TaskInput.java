package dev.quicksilver.examples.saas;

import org.jspecify.annotations.Nullable;

/**
 * A task as a client sends it: to create one (title only) or to change one (with the version it last read).
 *
 * @param title what to do, 1 to 200 characters
 * @param done whether it is done (false when not given)
 * @param version on an update, the version the client read; ignored on create
 */
record TaskInput(@Nullable String title, @Nullable Boolean done, @Nullable Long version) {

    /** The title, checked; an {@link IllegalArgumentException} (400) says what is wrong. */
    String checkedTitle() {
        return Checks.text("title", title, 200);
    }

    /** Whether it is done; not given means not done. */
    boolean isDone() {
        return Boolean.TRUE.equals(done);
    }

    /** The version, required on an update. */
    long checkedVersion() {
        return Checks.version(version);
    }
}
