package dev.quicksilver.core.internal.dialect;

import io.r2dbc.spi.R2dbcException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads constraint, table and column names out of H2's messages, which carry them only as text.
 */
final class H2ErrorDetailsReader implements ErrorDetailsReader {

    /**
     * H2 2.4 names a unique constraint, then its index:
     * {@code "PUBLIC.UQ_EMAIL INDEX PUBLIC.UQ_EMAIL_INDEX_4 ON PUBLIC.CUSTOMER(EMAIL NULLS FIRST) VALUES …"};
     * a primary key as {@code "PUBLIC.PK_ACCOUNT PRIMARY KEY ON PUBLIC.ACCOUNT(ID) (…)"};
     * a unique index without a constraint, and older versions, name only the index:
     * {@code "PUBLIC.UQ_EMAIL_INDEX_4 ON PUBLIC.CUSTOMER(EMAIL NULLS FIRST) VALUES …"}.
     */
    private static final Pattern UNIQUE = Pattern.compile("violation: \"(?:[^\".\\s]+\\.)?([^\".\\s]+)"
            + "(?: INDEX (?:[^\".\\s]+\\.)?[^\".\\s]+| PRIMARY KEY)? ON (?:[^\".\\s]+\\.)?([^\".\\s(]+)"
            + "\\(([^)\\s,]+)");
    /** {@code "FK_NAME: PUBLIC.CHILD FOREIGN KEY(PARENT_ID) REFERENCES …"} */
    private static final Pattern FOREIGN_KEY = Pattern.compile(
            "violation: \"([^\":]+): (?:[^\".\\s]+\\.)?([^\".\\s]+) FOREIGN KEY\\(([^)\\s,]+)");
    /** {@code NULL not allowed for column "NAME"} */
    private static final Pattern NOT_NULL = Pattern.compile("column \"([^\"]+)\"");
    /** {@code Check constraint violation: "CK_QTY: (QTY >= 0)"}; H2 2.4 leaves the expression out: {@code "CK_QTY: "} */
    private static final Pattern CHECK = Pattern.compile("violation: \"([^\":]+):");
    /** H2 names the index behind a unique constraint {@code <CONSTRAINT>_INDEX_<n>}; stripped when only the index is named. */
    private static final Pattern INDEX_SUFFIX = Pattern.compile("_INDEX_[0-9A-F]+$");

    /** H2 appends the statement: Quicksilver reports the statement itself. */
    private static final Pattern STATEMENT_SUFFIX = Pattern.compile("(?s); SQL statement:.*$");
    /** Row values H2 quotes: {@code VALUES ( /* 1 *}{@code / 'a' )} and {@code ( /* key:1 *}{@code / 1, 'x')}. */
    private static final Pattern QUOTED_ROW = Pattern.compile("(?s)\\( /\\* (?:key:)?\\d+ \\*/ .*\\)\"$");
    /** The referencing value at the end of a foreign-key message: {@code REFERENCES T(ID) (CAST(99 AS BIGINT))}. */
    private static final Pattern REFERENCED_VALUE = Pattern.compile("(?s)(REFERENCES [^(\"]+\\([^)]*\\)) \\(.*\\)\"$");

    @Override
    public String safeMessage(String message) {
        String withoutStatement = STATEMENT_SUFFIX.matcher(message).replaceFirst("");
        String withoutRow = QUOTED_ROW.matcher(withoutStatement).replaceFirst("(…)\"");
        return REFERENCED_VALUE.matcher(withoutRow).replaceFirst("$1 (…)\"");
    }

    @Override
    public ErrorTarget read(R2dbcException error, ErrorKind kind) {
        String message = error.getMessage();
        if (message == null) {
            return ErrorTarget.NONE;
        }
        return switch (kind) {
            case UNIQUE -> match(UNIQUE, message, matcher -> new ErrorTarget(
                    INDEX_SUFFIX.matcher(matcher.group(1)).replaceFirst(""), matcher.group(2), matcher.group(3)));
            case FOREIGN_KEY -> match(FOREIGN_KEY, message,
                    matcher -> new ErrorTarget(matcher.group(1), matcher.group(2), matcher.group(3)));
            case NOT_NULL -> match(NOT_NULL, message, matcher -> new ErrorTarget(null, null, matcher.group(1)));
            case CHECK -> match(CHECK, message, matcher -> new ErrorTarget(matcher.group(1), null, null));
            default -> ErrorTarget.NONE;
        };
    }

    private static ErrorTarget match(Pattern pattern, String message,
                                     java.util.function.Function<Matcher, ErrorTarget> reader) {
        Matcher matcher = pattern.matcher(message);
        return matcher.find() ? reader.apply(matcher) : ErrorTarget.NONE;
    }

}
