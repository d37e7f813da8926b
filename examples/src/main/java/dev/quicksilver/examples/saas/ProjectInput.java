package dev.quicksilver.examples.saas;

import org.jspecify.annotations.Nullable;

/**
 * A project as a client sends it: to create one (no version) or to change one (the version it last read, so a
 * concurrent change is refused rather than lost).
 *
 * @param name the name, 1 to 80 characters
 * @param description what it is about, at most 400 characters, or null
 * @param version on an update, the version the client read; ignored on create
 */
record ProjectInput(@Nullable String name, @Nullable String description, @Nullable Long version) {

    /** The name, checked; an {@link IllegalArgumentException} (400) says what is wrong. */
    String checkedName() {
        return Checks.text("name", name, 80);
    }

    /** The description, checked. */
    @Nullable String checkedDescription() {
        return description == null ? null : Checks.text("description", description, 400);
    }

    /** The version, required on an update. */
    long checkedVersion() {
        return Checks.version(version);
    }
}
