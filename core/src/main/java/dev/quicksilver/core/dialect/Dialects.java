package dev.quicksilver.core.dialect;

import dev.quicksilver.core.exception.QuicksilverException;
import dev.quicksilver.core.internal.dialect.BuiltInDialects;
import java.util.Locale;

/**
 * The built-in dialects, and the choice of one from a database product name as R2DBC reports it in
 * {@code ConnectionFactoryMetadata.getName()}.
 *
 * <p>Thread-safe; the dialects returned are shared immutable singletons.
 */
public final class Dialects {

    private Dialects() {
    }

    /** The PostgreSQL dialect (r2dbc-postgresql). */
    public static Dialect postgres() {
        return BuiltInDialects.POSTGRES;
    }

    /** The H2 dialect (r2dbc-h2, H2 2.x). */
    public static Dialect h2() {
        return BuiltInDialects.H2;
    }

    /**
     * Picks the dialect for a product name such as {@code "PostgreSQL"} or {@code "H2"}.
     *
     * @param productName the name from the connection factory's metadata
     * @return the dialect
     * @throws QuicksilverException when no dialect fits; the message lists the supported ones
     */
    public static Dialect forProductName(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return postgres();
        }
        if (name.equals("h2") || name.startsWith("h2 ")) {
            return h2();
        }
        throw new QuicksilverException("No dialect for database product '" + productName
                + "'. Supported: PostgreSQL, H2. Pass a Dialect explicitly with DatabaseOptions.builder().dialect(...)"
                + " if this database speaks one of them.");
    }
}
