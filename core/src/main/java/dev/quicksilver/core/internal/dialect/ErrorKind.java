package dev.quicksilver.core.internal.dialect;

/** The kinds of database error Quicksilver tells apart; each maps to one exception class. */
enum ErrorKind {
    UNIQUE,
    FOREIGN_KEY,
    NOT_NULL,
    CHECK,
    SERIALIZATION,
    DEADLOCK,
    TIMEOUT,
    LOCK_NOT_AVAILABLE,
    CONNECTION,
    BAD_SQL,
    OTHER
}
