package dev.quicksilver.query.repository.internal;

import java.util.List;

/** The comparison a part of a derived method name asks for, with the keywords that spell it. */
enum Operator {
    BETWEEN(2, "Between"),
    LESS_THAN_EQUAL(1, "LessThanEqual", "IsLessThanEqual"),
    LESS_THAN(1, "LessThan", "IsLessThan", "Before", "IsBefore"),
    GREATER_THAN_EQUAL(1, "GreaterThanEqual", "IsGreaterThanEqual"),
    GREATER_THAN(1, "GreaterThan", "IsGreaterThan", "After", "IsAfter"),
    NOT_IN(1, "NotIn", "IsNotIn"),
    IN(1, "In", "IsIn"),
    NOT_LIKE(1, "NotLike", "IsNotLike"),
    LIKE(1, "Like", "IsLike"),
    STARTING_WITH(1, "StartingWith", "IsStartingWith", "StartsWith"),
    ENDING_WITH(1, "EndingWith", "IsEndingWith", "EndsWith"),
    NOT_CONTAINING(1, "NotContaining", "IsNotContaining"),
    CONTAINING(1, "Containing", "IsContaining", "Contains"),
    IS_NOT_NULL(0, "IsNotNull", "NotNull"),
    IS_NULL(0, "IsNull", "Null"),
    TRUE(0, "IsTrue", "True"),
    FALSE(0, "IsFalse", "False"),
    NOT_EQUAL(1, "IsNot", "Not"),
    EQUAL(1, "Is", "Equals");

    /** Every keyword with its operator, longest first, so {@code LessThanEqual} wins over {@code LessThan}. */
    static final List<Keyword> KEYWORDS = java.util.Arrays.stream(values())
            .flatMap(operator -> operator.keywords.stream().map(word -> new Keyword(word, operator)))
            .sorted(java.util.Comparator.comparingInt((Keyword keyword) -> keyword.word().length()).reversed())
            .toList();

    private final int arguments;
    private final List<String> keywords;

    Operator(int arguments, String... keywords) {
        this.arguments = arguments;
        this.keywords = List.of(keywords);
    }

    /** How many method parameters the operator consumes. */
    int arguments() {
        return arguments;
    }

    /** Whether the operator compares text with a pattern (its parameter must be a String). */
    boolean isTextMatch() {
        return this == LIKE || this == NOT_LIKE || this == STARTING_WITH || this == ENDING_WITH
                || this == CONTAINING || this == NOT_CONTAINING;
    }

    /** Whether the operator takes a collection of values. */
    boolean isCollection() {
        return this == IN || this == NOT_IN;
    }

    /** A keyword of a method name and the operator it means. */
    record Keyword(String word, Operator operator) {
    }
}
