package com.sitewright.generation.blueprint;

/** An item's prices and measurements, drawn from its random. */
final class ItemNumbers {

    private static final double[] CENTS = {0.0, 0.5, 0.95, 0.99};

    private ItemNumbers() {}

    /** A price rounded to a step such as 0.10 or 0.50. */
    static double price(ItemContext ctx, double low, double high, double step) {
        double raw = ctx.between(low, high);
        double rounded = Math.round(raw / step) * step;
        rounded = Math.max(low, Math.min(high, rounded));
        return Math.round(rounded * 100) / 100.0;
    }

    /** A shop price ending in .00, .50, .95 or .99. */
    static double retailPrice(ItemContext ctx, int low, int high) {
        int whole = ctx.between(low, high - 1);
        return Math.round((whole + CENTS[ctx.random().nextInt(CENTS.length)]) * 100) / 100.0;
    }

    /** A point within a few kilometres of the city centre: {latitude, longitude}. */
    static double[] nearby(ItemContext ctx) {
        double[] centre = ctx.site().coordinates();
        return new double[] {
            decimal(ctx, centre[0] - 0.04, centre[0] + 0.04, 5), decimal(ctx, centre[1] - 0.06, centre[1] + 0.06, 5)
        };
    }

    static double decimal(ItemContext ctx, double low, double high, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(ctx.between(low, high) * scale) / scale;
    }
}
