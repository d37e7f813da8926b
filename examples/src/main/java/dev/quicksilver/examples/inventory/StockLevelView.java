package dev.quicksilver.examples.inventory;

/**
 * The stock of an item at a warehouse, as the API shows it.
 *
 * @param warehouse the warehouse code
 * @param sku the item
 * @param onHand units in the warehouse
 * @param reserved units of those promised to orders
 * @param available units that can still be reserved, shipped or moved ({@code onHand - reserved})
 */
record StockLevelView(String warehouse, String sku, int onHand, int reserved, int available) {

    static StockLevelView of(Catalog.Place place, StockLevel level) {
        return new StockLevelView(place.warehouse().code(), place.item().sku(), level.onHand(), level.reserved(),
                level.onHand() - level.reserved());
    }

    static StockLevelView empty(Catalog.Place place) {
        return new StockLevelView(place.warehouse().code(), place.item().sku(), 0, 0, 0);
    }
}
