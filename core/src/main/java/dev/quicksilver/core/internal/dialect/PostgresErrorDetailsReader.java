package dev.quicksilver.core.internal.dialect;

import io.r2dbc.postgresql.api.PostgresqlException;
import io.r2dbc.spi.R2dbcException;

/**
 * Reads the structured error fields PostgreSQL sends (constraint, table, column). Loaded only when
 * r2dbc-postgresql is on the class path.
 */
final class PostgresErrorDetailsReader implements ErrorDetailsReader {

    @Override
    public ErrorTarget read(R2dbcException error, ErrorKind kind) {
        if (error instanceof PostgresqlException postgres) {
            var details = postgres.getErrorDetails();
            return new ErrorTarget(details.getConstraintName().orElse(null), details.getTableName().orElse(null),
                    details.getColumnName().orElse(null));
        }
        return ErrorTarget.NONE;
    }
}
