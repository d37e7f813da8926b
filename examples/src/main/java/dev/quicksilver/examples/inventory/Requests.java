package dev.quicksilver.examples.inventory;

import org.jspecify.annotations.Nullable;

/** The JSON bodies the inventory endpoints accept, each checking itself (an {@link IllegalArgumentException}: 400). */
final class Requests {

    /** The most units one request or CSV line may move (stock levels are INTEGER columns). */
    static final int MAX_QTY = 1_000_000;

    private Requests() {
    }

    static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    static String text(@Nullable String value, String field, int maxLength) {
        String text = required(value, field);
        if (text.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters, was "
                    + text.length());
        }
        return text;
    }

    static String identifier(@Nullable String value, String field, int maxLength) {
        String identifier = required(value, field);
        if (identifier.length() > maxLength || !identifier.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException(field + " '" + identifier + "' must be 1 to " + maxLength
                    + " letters, digits, '.', '_' or '-'");
        }
        return identifier;
    }

    static int quantity(int qty) {
        if (qty <= 0 || qty > MAX_QTY) {
            throw new IllegalArgumentException("qty must be between 1 and " + MAX_QTY + ", was " + qty);
        }
        return qty;
    }

    static int threshold(@Nullable Integer threshold) {
        if (threshold == null || threshold < 0) {
            throw new IllegalArgumentException("lowStockThreshold must be 0 or more, was " + threshold);
        }
        return threshold;
    }

    /** {@code POST /warehouses}. */
    record NewWarehouse(@Nullable String code, @Nullable String name) {

        Warehouse toWarehouse() {
            return new Warehouse(null, identifier(code, "code", 20), text(name, "name", 100));
        }
    }

    /** {@code POST /items}. */
    record NewItem(@Nullable String sku, @Nullable String name, @Nullable Integer lowStockThreshold) {

        Item toItem() {
            return new Item(null, identifier(sku, "sku", 40), text(name, "name", 200), threshold(lowStockThreshold), null);
        }
    }

    /**
     * {@code PUT /items/{sku}}: the new values and the version they were based on, in the body or as the
     * {@code If-Match} header (the {@code ETag} that {@code GET /items/{sku}} sent).
     */
    record ItemChange(@Nullable String name, @Nullable Integer lowStockThreshold, @Nullable Long version) {

        Item applyTo(Item stored, @Nullable String ifMatch) {
            Long expected = ifMatch == null ? version : versionOf(ifMatch);
            if (expected == null) {
                throw new IllegalArgumentException("version is required (in the body or as If-Match): send the"
                        + " version you read, so that a concurrent change is not overwritten");
            }
            if (version != null && !version.equals(expected)) {
                throw new IllegalArgumentException("If-Match " + ifMatch + " and the body's version " + version
                        + " differ");
            }
            return new Item(stored.id(), stored.sku(), text(name, "name", 200), threshold(lowStockThreshold), expected);
        }

        private static Long versionOf(String ifMatch) {
            String tag = ifMatch.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() < 2 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
                throw new IllegalArgumentException("If-Match must be an entity tag such as \"3\", was " + ifMatch);
            }
            try {
                return Long.parseLong(tag.substring(1, tag.length() - 1));
            } catch (NumberFormatException notAVersion) {
                throw new IllegalArgumentException("If-Match " + ifMatch + " is not a version this service sent");
            }
        }
    }

    /** The entity tag of an item: its version, quoted. */
    static String etag(Item item) {
        return "\"" + item.version() + "\"";
    }

    /** {@code POST /stock/receive|reserve|ship}: an item, a warehouse, a quantity. */
    record StockChange(@Nullable String sku, @Nullable String warehouse, int qty) {

        /** This request checked: every field present, the quantity positive. */
        Checked checked() {
            return new Checked(required(sku, "sku"), required(warehouse, "warehouse"), quantity(qty));
        }

        /** A checked stock change. */
        record Checked(String sku, String warehouse, int qty) {
        }
    }

    /** {@code POST /stock/move}: an item, two different warehouses, a quantity. */
    record Move(@Nullable String sku, @Nullable String from, @Nullable String to, int qty) {

        /** This request checked: every field present, two different warehouses, the quantity positive. */
        Checked checked() {
            Checked move = new Checked(required(sku, "sku"), required(from, "from"), required(to, "to"), quantity(qty));
            if (move.from().equals(move.to())) {
                throw new IllegalArgumentException("from and to are the same warehouse (" + move.from() + ")");
            }
            return move;
        }

        /** A checked move. */
        record Checked(String sku, String from, String to, int qty) {
        }
    }
}
