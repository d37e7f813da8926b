package dev.quicksilver.core.internal.dialect;

import dev.quicksilver.core.dialect.ColumnType;
import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.core.dialect.GeneratedKeysStyle;
import dev.quicksilver.core.dialect.InListStyle;
import dev.quicksilver.core.dialect.LockMode;
import dev.quicksilver.core.dialect.TransactionSettings;
import dev.quicksilver.core.exception.QuicksilverException;
import dev.quicksilver.core.exception.UnsupportedFeatureException;
import io.r2dbc.spi.R2dbcException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** The one dialect implementation; each database is a {@link DialectSpec}. */
final class StandardDialect implements Dialect {

    /** Quoted identifiers kept; names come from entity metadata, so few, but the cache stays bounded. */
    private static final int QUOTED_LIMIT = 4096;

    private final DialectSpec spec;
    private final String[] markerCache;
    /** Identifier → quoted form: statement renderers quote every column of every statement they render. */
    private final Map<String, String> quoted = new ConcurrentHashMap<>();

    StandardDialect(DialectSpec spec) {
        this.spec = spec;
        this.markerCache = new String[256];
        for (int i = 0; i < markerCache.length; i++) {
            markerCache[i] = spec.bindMarker().apply(i);
        }
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public String bindMarker(int position) {
        if (position < 0) {
            throw new IllegalArgumentException("Bind positions start at 0, got " + position);
        }
        return position < markerCache.length ? markerCache[position] : spec.bindMarker().apply(position);
    }

    @Override
    public String quoteIdentifier(String identifier) {
        String cached = quoted.get(identifier);
        if (cached != null) {
            return cached;
        }
        String quotedIdentifier = '"' + identifier.replace("\"", "\"\"") + '"';
        if (quoted.size() < QUOTED_LIMIT) {
            quoted.put(identifier, quotedIdentifier);
        }
        return quotedIdentifier;
    }

    @Override
    public String typeName(ColumnType type) {
        ColumnType element = type.element();
        if (element != null) {
            UnaryOperator<String> arrayTypeName = spec.arrayTypeName();
            if (arrayTypeName == null) {
                throw new UnsupportedFeatureException(name(), "array columns", spec.arrayAdvice());
            }
            return arrayTypeName.apply(typeName(element));
        }
        String base = spec.typeNames().get(type.kind());
        if (base == null) {
            throw new UnsupportedFeatureException(name(), "the column type " + type.kind(),
                    "Use a converter to a supported type.");
        }
        if (spec.unsizedKinds().contains(type.kind())) {
            return base;
        }
        boolean sized = type.length() != null || type.precision() != null;
        if (!sized && spec.typeNamesWithoutSize().containsKey(type.kind())) {
            return spec.typeNamesWithoutSize().get(type.kind());
        }
        if (type.kind() == ColumnType.SqlKind.DECIMAL && type.precision() != null) {
            return base + '(' + type.precision() + (type.scale() == null ? "" : ", " + type.scale()) + ')';
        }
        if (type.length() != null) {
            return base + '(' + type.length() + ')';
        }
        return base;
    }

    @Override
    public boolean supportsEnumTypes() {
        return spec.enumTypes();
    }

    @Override
    public String sequenceNextValue(String sequence) {
        return spec.sequenceNextValue().apply(sequence);
    }

    @Override
    public String pagingClause(@Nullable String limitMarker, @Nullable String offsetMarker) {
        StringBuilder clause = new StringBuilder();
        if (limitMarker != null) {
            clause.append("LIMIT ").append(limitMarker);
        }
        if (offsetMarker != null) {
            if (clause.length() > 0) {
                clause.append(' ');
            }
            clause.append("OFFSET ").append(offsetMarker);
        }
        return clause.toString();
    }

    @Override
    public InListStyle inListStyle() {
        return spec.inListStyle();
    }

    @Override
    public String upsert(String table, List<String> columns, List<String> keyColumns, List<String> updateColumns,
                         List<String> valueMarkers) {
        if (columns.size() != valueMarkers.size() || keyColumns.isEmpty()) {
            throw new IllegalArgumentException("An upsert needs one marker per column and at least one key column; got "
                    + columns.size() + " columns, " + valueMarkers.size() + " markers, " + keyColumns.size() + " keys");
        }
        return spec.upsert().render(table, columns, keyColumns, updateColumns, List.of(valueMarkers));
    }

    @Override
    public String upsertRows(String table, List<String> columns, List<String> keyColumns,
                             List<String> updateColumns, List<List<String>> rowMarkers) {
        if (rowMarkers.isEmpty() || keyColumns.isEmpty()
                || rowMarkers.stream().anyMatch(row -> row.size() != columns.size())) {
            throw new IllegalArgumentException("A multi-row upsert needs at least one row, one marker per column in"
                    + " each row and at least one key column; got " + columns.size() + " columns, "
                    + rowMarkers.size() + " rows, " + keyColumns.size() + " keys");
        }
        return spec.upsert().render(table, columns, keyColumns, updateColumns, rowMarkers);
    }

    @Override
    public String lockClause(LockMode mode) {
        String clause = spec.lockClauses().get(mode);
        if (clause == null) {
            throw new UnsupportedFeatureException(name(), "the row lock " + mode, spec.lockAdvice());
        }
        return clause;
    }

    @Override
    public boolean supportsTransactionalDdl() {
        return spec.transactionalDdl();
    }

    @Override
    public GeneratedKeysStyle generatedKeysStyle() {
        return spec.generatedKeysStyle();
    }

    @Override
    public List<String> beforeBeginStatements(TransactionSettings settings) {
        return spec.beforeBegin().apply(settings);
    }

    @Override
    public List<String> afterBeginStatements(TransactionSettings settings) {
        return spec.afterBegin().apply(settings);
    }

    @Override
    public List<String> afterTransactionStatements(TransactionSettings settings) {
        return spec.afterTransaction().apply(settings);
    }

    @Override
    public List<String> connectionInitStatements() {
        return spec.connectionInit();
    }

    @Override
    public boolean earlyCancelDiscardsConnection() {
        return spec.earlyCancelDiscardsConnection();
    }

    @Override
    public boolean supportsFullJoin() {
        return spec.fullJoin();
    }

    @Override
    public QuicksilverException translate(R2dbcException error, @Nullable String sql) {
        return spec.errors().translate(error, sql);
    }

    @Override
    public String toString() {
        return "Dialect[" + name() + ']';
    }
}
