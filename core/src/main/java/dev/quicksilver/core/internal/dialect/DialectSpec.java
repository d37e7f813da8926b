package dev.quicksilver.core.internal.dialect;

import dev.quicksilver.core.dialect.ColumnType.SqlKind;
import dev.quicksilver.core.dialect.GeneratedKeysStyle;
import dev.quicksilver.core.dialect.InListStyle;
import dev.quicksilver.core.dialect.LockMode;
import dev.quicksilver.core.dialect.TransactionSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Everything that makes one database's dialect differ from another's, as data and small functions.
 * {@link StandardDialect} is the one mechanism that reads it.
 *
 * <p>{@code arrayTypeName} turns an element's type name into the array type's name, or is {@code null}
 * where array columns are not supported ({@code arrayAdvice} then says why and what to do);
 * {@code enumTypes} says whether native enums are created as named types ({@code CREATE TYPE … AS
 * ENUM}); {@code sequenceNextValue} turns a quoted sequence name into the expression drawing its next
 * value; {@code fullJoin} whether {@code FULL JOIN} is understood.
 */
record DialectSpec(
        String name,
        IntFunction<String> bindMarker,
        Map<SqlKind, String> typeNames,
        Set<SqlKind> unsizedKinds,
        Map<SqlKind, String> typeNamesWithoutSize,
        @Nullable UnaryOperator<String> arrayTypeName,
        String arrayAdvice,
        boolean enumTypes,
        UnaryOperator<String> sequenceNextValue,
        InListStyle inListStyle,
        UpsertRenderer upsert,
        Map<LockMode, String> lockClauses,
        String lockAdvice,
        boolean transactionalDdl,
        GeneratedKeysStyle generatedKeysStyle,
        Function<TransactionSettings, List<String>> beforeBegin,
        Function<TransactionSettings, List<String>> afterBegin,
        Function<TransactionSettings, List<String>> afterTransaction,
        List<String> connectionInit,
        boolean earlyCancelDiscardsConnection,
        boolean fullJoin,
        ErrorTranslator errors) {

    /** Renders an upsert statement of one or more rows from quoted names and markers (one list per row). */
    @FunctionalInterface
    interface UpsertRenderer {
        String render(String table, List<String> columns, List<String> keyColumns, List<String> updateColumns,
                      List<List<String>> rowMarkers);
    }
}
