package dev.quicksilver.core.dialect;

import dev.quicksilver.core.exception.QuicksilverException;
import io.r2dbc.spi.R2dbcException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What Quicksilver needs to know about one kind of database to render SQL for it and to understand
 * its errors. A {@code Database} picks its dialect once, from the connection factory's metadata
 * ({@link Dialects#forProductName(String)}); later layers (queries, DDL, migrations) ask the dialect
 * instead of testing which database they talk to.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Dialect {

    /** The dialect's name, e.g. {@code "PostgreSQL"} or {@code "H2"}. */
    String name();

    /**
     * The bind marker for the parameter at a zero-based position, e.g. {@code $1} for position 0.
     *
     * @param position zero-based position of the parameter
     * @return the marker text to place in SQL
     */
    String bindMarker(int position);

    /**
     * Quotes an identifier so that it is taken literally (case kept, reserved words allowed).
     * Embedded quote characters are doubled.
     *
     * @param identifier a table, column, schema or constraint name
     * @return the quoted identifier
     */
    String quoteIdentifier(String identifier);

    /**
     * The database type name for a portable column type, e.g. {@code varchar(80)}, {@code bytea} or
     * {@code text[]}.
     *
     * @param type the portable type
     * @return the type name as it appears in DDL and casts
     * @throws dev.quicksilver.core.exception.UnsupportedFeatureException when this database (or its
     *     driver) cannot store the type, e.g. arrays on H2
     */
    String typeName(ColumnType type);

    /**
     * Whether the database has named enum types ({@code CREATE TYPE mood AS ENUM ('CALM', …)}, as
     * PostgreSQL does). Where it has, a value is written to such a column as text cast to the type
     * ({@code CAST($1 AS "mood")}: drivers send strings as {@code varchar}, which the database does not
     * convert to an enum implicitly) and read back as text; elsewhere native enums are stored as text.
     */
    boolean supportsEnumTypes();

    /**
     * The expression that draws the next value of a sequence, e.g. {@code nextval('"orders_seq"')} or
     * {@code NEXT VALUE FOR "orders_seq"}; usable as a column default and in a {@code SELECT}.
     *
     * @param sequence the quoted (and possibly schema-qualified) sequence name
     * @return the expression
     */
    String sequenceNextValue(String sequence);

    /**
     * The paging clause placed after {@code ORDER BY}, with bind markers for the numbers so that the
     * SQL text does not change from page to page.
     *
     * @param limitMarker marker for the row limit, or {@code null} for no limit
     * @param offsetMarker marker for the rows to skip, or {@code null} for none
     * @return the clause (empty when both are {@code null})
     */
    String pagingClause(@Nullable String limitMarker, @Nullable String offsetMarker);

    /** How a membership test against a list of values is rendered. */
    InListStyle inListStyle();

    /**
     * Renders an insert-or-update of one row keyed by {@code keyColumns}.
     *
     * @param table the quoted table name
     * @param columns the quoted columns written, in bind order
     * @param keyColumns the quoted columns that identify the row (a unique or primary key)
     * @param updateColumns the quoted columns overwritten when the row exists; empty means "do nothing"
     * @param valueMarkers the bind markers of {@code columns}, in the same order
     * @return the statement text
     */
    String upsert(String table, List<String> columns, List<String> keyColumns, List<String> updateColumns,
                  List<String> valueMarkers);

    /**
     * Renders an insert-or-update of several rows in one statement, keyed by {@code keyColumns}
     * (PostgreSQL {@code INSERT … VALUES (…), (…) ON CONFLICT}, H2 {@code MERGE … USING (VALUES …)}).
     * Two rows of one statement must not share a key.
     *
     * @param table the quoted table name
     * @param columns the quoted columns written, in bind order
     * @param keyColumns the quoted columns that identify a row (a unique or primary key)
     * @param updateColumns the quoted columns overwritten when a row exists; empty means "do nothing"
     * @param rowMarkers per row, the bind markers of {@code columns}, in the same order
     * @return the statement text
     */
    String upsertRows(String table, List<String> columns, List<String> keyColumns, List<String> updateColumns,
                      List<List<String>> rowMarkers);

    /**
     * The row-locking clause appended to a {@code SELECT}.
     *
     * @param mode the lock wanted
     * @return the clause, e.g. {@code FOR UPDATE SKIP LOCKED}
     * @throws dev.quicksilver.core.exception.UnsupportedFeatureException when this database cannot do it
     */
    String lockClause(LockMode mode);

    /** Whether DDL statements take part in transactions (and roll back with them). */
    boolean supportsTransactionalDdl();

    /** How values generated by an insert come back to the client. */
    GeneratedKeysStyle generatedKeysStyle();

    /**
     * Statements run on the connection before the transaction begins, for settings the database only
     * takes per session (they are undone by {@link #afterTransactionStatements(TransactionSettings)}).
     *
     * @param settings the transaction's characteristics
     * @return the statements, in order; often empty
     */
    List<String> beforeBeginStatements(TransactionSettings settings);

    /**
     * Statements run right after {@code BEGIN}, for settings local to the transaction.
     *
     * @param settings the transaction's characteristics
     * @return the statements, in order; often empty
     */
    List<String> afterBeginStatements(TransactionSettings settings);

    /**
     * Statements run after commit or rollback, before the connection goes back to the pool, to undo
     * session-level settings made by {@link #beforeBeginStatements(TransactionSettings)}.
     *
     * @param settings the transaction's characteristics
     * @return the statements, in order; often empty
     */
    List<String> afterTransactionStatements(TransactionSettings settings);

    /**
     * Statements run once on every new connection, before its first use, for session settings the
     * dialect relies on (on H2, lazy query execution, so a result streams row by row and a cancelled
     * stream stops the query instead of the whole result being computed first).
     *
     * @return the statements, in order; empty by default
     */
    default List<String> connectionInitStatements() {
        return List.of();
    }

    /**
     * Whether a connection must be discarded (closed, not returned to the pool) after a statement on it
     * was cancelled before any result arrived. True where the driver may still send such a statement
     * later — after the transaction's ROLLBACK, where it would commit on its own, or inside the next
     * borrower's transaction. r2dbc-postgresql does (seen in the server's statement log).
     */
    default boolean earlyCancelDiscardsConnection() {
        return false;
    }

    /**
     * Whether {@code FULL [OUTER] JOIN} is understood (H2 2.x has no full joins; the query builder
     * refuses one there with an {@link dev.quicksilver.core.exception.UnsupportedFeatureException}).
     */
    default boolean supportsFullJoin() {
        return true;
    }

    /**
     * Translates a driver exception into Quicksilver's hierarchy, keeping the SQLSTATE, the statement
     * and, where the database reports them, the constraint, table and column.
     *
     * @param error the driver's exception
     * @param sql the statement that failed, or {@code null}
     * @return the translated exception (never {@code null})
     */
    QuicksilverException translate(R2dbcException error, @Nullable String sql);
}
