package dev.quicksilver.spring.boot;

import dev.quicksilver.core.DatabaseOptions;

/**
 * Adjusts the options of the auto-configured {@code Database} after the {@code quicksilver.database.*}
 * properties were applied; every bean of this type is called, in {@code @Order}. Use it to add a
 * {@code StatementListener} or a dialect. Called once, on the thread that creates the bean.
 */
@FunctionalInterface
public interface DatabaseOptionsCustomizer {

    /**
     * Customizes the builder.
     *
     * @param options the builder, already holding the properties' values
     */
    void customize(DatabaseOptions.Builder options);
}
