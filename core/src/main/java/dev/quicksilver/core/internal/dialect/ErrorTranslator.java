package dev.quicksilver.core.internal.dialect;

import dev.quicksilver.core.exception.BadSqlException;
import dev.quicksilver.core.exception.CheckViolationException;
import dev.quicksilver.core.exception.ConnectionLostException;
import dev.quicksilver.core.exception.DatabaseErrorDetails;
import dev.quicksilver.core.exception.DatabaseException;
import dev.quicksilver.core.exception.DeadlockException;
import dev.quicksilver.core.exception.ForeignKeyViolationException;
import dev.quicksilver.core.exception.LockNotAvailableException;
import dev.quicksilver.core.exception.NotNullViolationException;
import dev.quicksilver.core.exception.QueryTimeoutException;
import dev.quicksilver.core.exception.QuicksilverException;
import dev.quicksilver.core.exception.SerializationFailureException;
import dev.quicksilver.core.exception.UniqueViolationException;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a driver exception into Quicksilver's hierarchy: classify by exact SQLSTATE, then by
 * SQLSTATE class, then by the R2DBC exception type; let the dialect refine that where one SQLSTATE
 * covers two kinds; then read what the error names.
 */
final class ErrorTranslator {

    private final Map<String, ErrorKind> bySqlState;
    private final Map<String, ErrorKind> bySqlStateClass;
    private final ErrorDetailsReader detailsReader;
    private final ErrorKindRefiner refiner;

    ErrorTranslator(Map<String, ErrorKind> bySqlState, Map<String, ErrorKind> bySqlStateClass,
                    ErrorDetailsReader detailsReader) {
        this(bySqlState, bySqlStateClass, detailsReader, ErrorKindRefiner.NONE);
    }

    ErrorTranslator(Map<String, ErrorKind> bySqlState, Map<String, ErrorKind> bySqlStateClass,
                    ErrorDetailsReader detailsReader, ErrorKindRefiner refiner) {
        this.bySqlState = Map.copyOf(bySqlState);
        this.bySqlStateClass = Map.copyOf(bySqlStateClass);
        this.detailsReader = detailsReader;
        this.refiner = refiner;
    }

    QuicksilverException translate(R2dbcException error, @Nullable String sql) {
        ErrorKind kind = refiner.refine(error, classify(error));
        ErrorTarget target = kind == ErrorKind.OTHER || kind == ErrorKind.CONNECTION
                ? ErrorTarget.NONE : detailsReader.read(error, kind);
        String message = error.getMessage() == null ? error.getClass().getName()
                : detailsReader.safeMessage(error.getMessage());
        DatabaseErrorDetails details = new DatabaseErrorDetails(error.getSqlState(), message, sql,
                target.constraint(), target.table(), target.column());
        return switch (kind) {
            case UNIQUE -> new UniqueViolationException(details, error);
            case FOREIGN_KEY -> new ForeignKeyViolationException(details, error);
            case NOT_NULL -> new NotNullViolationException(details, error);
            case CHECK -> new CheckViolationException(details, error);
            case SERIALIZATION -> new SerializationFailureException(details, error);
            case DEADLOCK -> new DeadlockException(details, error);
            case TIMEOUT -> new QueryTimeoutException(details, error);
            case LOCK_NOT_AVAILABLE -> new LockNotAvailableException(details, error);
            case CONNECTION -> new ConnectionLostException(details, error);
            case BAD_SQL -> new BadSqlException(details, error);
            case OTHER -> new DatabaseException("The database reported an error.", details, error);
        };
    }

    private ErrorKind classify(R2dbcException error) {
        String sqlState = error.getSqlState();
        if (sqlState != null && !sqlState.isEmpty()) {
            ErrorKind exact = bySqlState.get(sqlState);
            if (exact != null) {
                return exact;
            }
            if (sqlState.length() >= 2) {
                ErrorKind byClass = bySqlStateClass.get(sqlState.substring(0, 2));
                if (byClass != null) {
                    return byClass;
                }
            }
        }
        if (error instanceof R2dbcBadGrammarException) {
            return ErrorKind.BAD_SQL;
        }
        if (error instanceof R2dbcTimeoutException) {
            return ErrorKind.TIMEOUT;
        }
        if (error instanceof R2dbcNonTransientResourceException || error instanceof R2dbcTransientResourceException) {
            return ErrorKind.CONNECTION;
        }
        return ErrorKind.OTHER;
    }
}
