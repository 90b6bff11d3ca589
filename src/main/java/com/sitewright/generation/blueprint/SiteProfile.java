package com.sitewright.generation.blueprint;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Facts about the business that every item must agree on: where it is, its currency, its web domain. */
record SiteProfile(String city, String country, String currency, String domain, int foundedYear, Market market) {

    enum Market {
        US(
                "United States",
                "USD",
                List.of(
                        "Portland",
                        "Austin",
                        "Denver",
                        "Seattle",
                        "Minneapolis",
                        "Asheville",
                        "Chicago",
                        "Boston",
                        "Nashville",
                        "San Diego")),
        UK(
                "United Kingdom",
                "GBP",
                List.of("Bristol", "Manchester", "Edinburgh", "Leeds", "Brighton", "Glasgow", "York", "Bath")),
        NL(
                "Netherlands",
                "EUR",
                List.of("Amsterdam", "Utrecht", "Rotterdam", "Haarlem", "The Hague", "Leiden", "Groningen"));

        final String country;
        final String currency;
        final List<String> cities;

        Market(String country, String currency, List<String> cities) {
            this.country = country;
            this.currency = currency;
            this.cities = cities;
        }

        /** Numbers in ranges set aside for fiction (US 555-01xx, UK Ofcom drama ranges). */
        String phone(Random random) {
            return switch (this) {
                case US -> "+1 " + (200 + random.nextInt(700)) + " 555 01" + twoDigits(random.nextInt(100));
                case UK -> "+44 117 496 0" + String.format("%03d", random.nextInt(1000));
                case NL -> "+31 20 " + (100 + random.nextInt(900)) + " " + (1000 + random.nextInt(9000));
            };
        }

        String postalCode(Random random) {
            return switch (this) {
                case US -> String.valueOf(10000 + random.nextInt(89999));
                case UK ->
                    "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
                            + (1 + random.nextInt(20)) + " " + random.nextInt(10)
                            + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
                case NL ->
                    (1000 + random.nextInt(9000)) + " " + (char) ('A' + random.nextInt(26))
                            + (char) ('A' + random.nextInt(26));
            };
        }

        private static String twoDigits(int value) {
            return value < 10 ? "0" + value : String.valueOf(value);
        }
    }

    private static final Map<String, double[]> COORDINATES = Map.ofEntries(
            Map.entry("Portland", new double[] {45.52, -122.68}),
            Map.entry("Austin", new double[] {30.27, -97.74}),
            Map.entry("Denver", new double[] {39.74, -104.99}),
            Map.entry("Seattle", new double[] {47.61, -122.33}),
            Map.entry("Minneapolis", new double[] {44.98, -93.27}),
            Map.entry("Asheville", new double[] {35.60, -82.55}),
            Map.entry("Chicago", new double[] {41.88, -87.63}),
            Map.entry("Boston", new double[] {42.36, -71.06}),
            Map.entry("Nashville", new double[] {36.16, -86.78}),
            Map.entry("San Diego", new double[] {32.72, -117.16}),
            Map.entry("Bristol", new double[] {51.45, -2.59}),
            Map.entry("Manchester", new double[] {53.48, -2.24}),
            Map.entry("Edinburgh", new double[] {55.95, -3.19}),
            Map.entry("Leeds", new double[] {53.80, -1.55}),
            Map.entry("Brighton", new double[] {50.82, -0.14}),
            Map.entry("Glasgow", new double[] {55.86, -4.25}),
            Map.entry("York", new double[] {53.96, -1.08}),
            Map.entry("Bath", new double[] {51.38, -2.36}),
            Map.entry("Amsterdam", new double[] {52.37, 4.90}),
            Map.entry("Utrecht", new double[] {52.09, 5.12}),
            Map.entry("Rotterdam", new double[] {51.92, 4.48}),
            Map.entry("Haarlem", new double[] {52.38, 4.64}),
            Map.entry("The Hague", new double[] {52.07, 4.30}),
            Map.entry("Leiden", new double[] {52.16, 4.49}),
            Map.entry("Groningen", new double[] {53.22, 6.57}));

    /** Latitude and longitude of the city centre. */
    double[] coordinates() {
        return COORDINATES.getOrDefault(city, new double[] {51.5, 0.0});
    }

    static SiteProfile of(Intent intent) {
        Random random = new Random(Seeds.combine(intent.seed(), 0x517E));
        Market market = Market.values()[random.nextInt(Market.values().length)];
        String city = market.cities.get(random.nextInt(market.cities.size()));
        if (intent.place() != null) {
            // A place the prompt names wins; a known city brings its own country, currency and phone numbers.
            city = intent.place();
            for (Market known : Market.values()) {
                for (String name : known.cities) {
                    if (name.equalsIgnoreCase(intent.place())) {
                        market = known;
                        city = name;
                    }
                }
            }
        }
        String domain = Slugs.slugify(intent.siteName()).replace("-", "");
        if (domain.length() > 40) {
            domain = domain.substring(0, 40);
        }
        if (domain.isEmpty()) {
            domain = "our-business";
        }
        return new SiteProfile(
                city, market.country, market.currency, domain + ".com", 1998 + random.nextInt(24), market);
    }
}
