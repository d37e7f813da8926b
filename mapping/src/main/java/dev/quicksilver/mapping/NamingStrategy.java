package dev.quicksilver.mapping;

import java.util.Locale;

/**
 * Turns Java names into database names when the annotations do not give one. The default,
 * {@link #snakeCase()}, maps {@code InvoiceLine} to {@code invoice_line} and {@code unitPrice} to
 * {@code unit_price}. Replace it with {@code MappingContext.builder().namingStrategy(...)}.
 *
 * <p>Implementations must be stateless and thread-safe.
 */
public interface NamingStrategy {

    /**
     * The table name for an entity type.
     *
     * @param entityType the entity class or record
     * @return the table name
     */
    String tableName(Class<?> entityType);

    /**
     * The column name for a property.
     *
     * @param propertyName the field or record component name
     * @return the column name
     */
    String columnName(String propertyName);

    /** camelCase and PascalCase to snake_case, acronyms kept together ({@code URLPath} → {@code url_path}). */
    static NamingStrategy snakeCase() {
        return SnakeCase.INSTANCE;
    }

    /** The default strategy. */
    final class SnakeCase implements NamingStrategy {

        static final SnakeCase INSTANCE = new SnakeCase();

        private SnakeCase() {
        }

        @Override
        public String tableName(Class<?> entityType) {
            return toSnakeCase(entityType.getSimpleName());
        }

        @Override
        public String columnName(String propertyName) {
            return toSnakeCase(propertyName);
        }

        static String toSnakeCase(String name) {
            StringBuilder snake = new StringBuilder(name.length() + 4);
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (Character.isUpperCase(c)) {
                    boolean previousLower = i > 0 && (Character.isLowerCase(name.charAt(i - 1))
                            || Character.isDigit(name.charAt(i - 1)));
                    boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                    boolean previousUpper = i > 0 && Character.isUpperCase(name.charAt(i - 1));
                    if (i > 0 && (previousLower || (previousUpper && nextLower)) && snake.charAt(snake.length() - 1) != '_') {
                        snake.append('_');
                    }
                    snake.append(Character.toLowerCase(c));
                } else {
                    snake.append(c);
                }
            }
            return snake.toString().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return "NamingStrategy.snakeCase()";
        }
    }
}
