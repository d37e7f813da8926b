package dev.quicksilver.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * What a database error was about, as far as the driver tells: the SQLSTATE, the driver's own
 * message, the statement, and the schema objects involved. Dialects fill it in when they translate
 * a driver exception; exception constructors take it whole.
 *
 * @param sqlState the SQLSTATE, or {@code null}
 * @param databaseMessage the database's own message
 * @param sql the statement that failed, or {@code null}
 * @param constraintName the violated constraint (or, where the database only reports that, its index), or {@code null}
 * @param tableName the table involved, or {@code null}
 * @param columnName the column involved, or {@code null}
 */
public record DatabaseErrorDetails(@Nullable String sqlState, String databaseMessage, @Nullable String sql,
                                   @Nullable String constraintName, @Nullable String tableName,
                                   @Nullable String columnName) {

    /** Returns a short "constraint X on table Y" phrase for messages, or an empty string. */
    String describeTarget() {
        StringBuilder target = new StringBuilder();
        if (constraintName != null) {
            target.append(" '").append(constraintName).append('\'');
        }
        if (columnName != null) {
            target.append(" (column ").append(columnName).append(')');
        }
        if (tableName != null) {
            target.append(" on table ").append(tableName);
        }
        return target.toString();
    }
}
