package dev.quicksilver.query.repository.internal;

import dev.quicksilver.core.Sql;
import dev.quicksilver.query.Quicksilver;
import dev.quicksilver.query.RawQuery;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The plan of one {@code @Query} method: the SQL text, the parameter name and type of each method
 * parameter, the row type and how the result is returned. Reads go through
 * {@link Quicksilver#sql(String, Class)} (entities and records by column name); writes through
 * {@code Database.sql(…).rowsUpdated()}. Immutable.
 */
final class QueryMethod implements MethodPlan {

    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([A-Za-z_][A-Za-z0-9_]*)");

    private final Quicksilver quicksilver;
    private final String sql;
    private final List<String> names;
    private final List<Class<?>> types;
    private final Class<?> rowType;
    private final Kind kind;

    QueryMethod(Quicksilver quicksilver, String sql, List<String> names, List<Class<?>> types, Class<?> rowType,
            Kind kind) {
        this.quicksilver = quicksilver;
        this.sql = sql;
        this.names = List.copyOf(names);
        this.types = List.copyOf(types);
        this.rowType = rowType;
        this.kind = kind;
    }

    /** How the method hands back its result. */
    enum Kind {
        FLUX, MONO_ONE, UPDATE_ROWS, UPDATE_VOID
    }

    /**
     * The named parameters a SQL text uses, in order of first use; text in single quotes is skipped so
     * a literal such as {@code '10:30'} is not a parameter.
     */
    static Set<String> parameterNames(String sql) {
        String unquoted = sql.replaceAll("'(?:[^']|'')*'", "''");
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = NAMED.matcher(unquoted);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Whether a SQL text writes rather than reads (it starts with INSERT, UPDATE, DELETE or MERGE). */
    static boolean isWrite(String sql) {
        String start = sql.stripLeading().toUpperCase(java.util.Locale.ROOT);
        return start.startsWith("INSERT") || start.startsWith("UPDATE") || start.startsWith("DELETE")
                || start.startsWith("MERGE");
    }

    @Override
    public Object invoke(@Nullable Object[] arguments) {
        return switch (kind) {
            case FLUX -> Flux.defer(() -> read(arguments).fetch());
            case MONO_ONE -> Mono.defer(() -> read(arguments).one());
            case UPDATE_ROWS -> Mono.defer(() -> write(arguments).rowsUpdated());
            case UPDATE_VOID -> Mono.defer(() -> write(arguments).rowsUpdated()).then();
        };
    }

    private RawQuery<?> read(@Nullable Object[] arguments) {
        RawQuery<?> query = quicksilver.sql(sql, rowType);
        for (int i = 0; i < names.size(); i++) {
            Object value = arguments[i];
            query = value == null ? query.bindNull(names.get(i), types.get(i)) : query.bind(names.get(i), value);
        }
        return query;
    }

    private Sql write(@Nullable Object[] arguments) {
        Sql statement = quicksilver.database().sql(sql);
        for (int i = 0; i < names.size(); i++) {
            Object value = arguments[i];
            statement = value == null ? statement.bindNull(names.get(i), types.get(i))
                    : statement.bind(names.get(i), value);
        }
        return statement;
    }
}
