package dev.quicksilver.mapping.types;

/** An enum stored by name and by ordinal. */
public enum Mood {
    CALM,
    CURIOUS,
    RESTLESS
}
