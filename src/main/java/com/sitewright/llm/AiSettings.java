package com.sitewright.llm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The AI engine's settings ({@code sitewright.ai.*}).
 *
 * @param modelAttempts    answers asked for per content model or item batch before giving up (re-asks included)
 * @param defaultBudgetUsd budget of new projects in US dollars; empty for no limit
 * @param connectTimeout   how long to wait for the endpoint to accept a connection
 * @param prices           price per million tokens by model name; a name also prices its dated versions
 *                         ("gpt-4o-mini" prices "gpt-4o-mini-2024-07-18"); models not listed cost $0
 * @param items            how items are written by the model
 * @param images           how pictures are made by an image model
 */
@ConfigurationProperties("sitewright.ai")
public record AiSettings(
        @DefaultValue("3") int modelAttempts,
        BigDecimal defaultBudgetUsd,
        @DefaultValue("10s") Duration connectTimeout,
        Map<String, Price> prices,
        @DefaultValue Items items,
        @DefaultValue Images images) {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public AiSettings {
        modelAttempts = Math.max(1, modelAttempts);
        prices = prices == null ? Map.of() : Map.copyOf(prices);
    }

    /** US dollars per million input (prompt) and output (completion) tokens. */
    public record Price(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {}

    /**
     * @param batchSize    items asked for in one call
     * @param concurrency  calls under way at once for one run
     * @param batchRetries how often a batch is tried again after the client's own retries of a rate limit,
     *                     server error or timeout are used up, waiting {@code backoff} doubled each time plus jitter
     * @param candidates   items of each referenced type listed in a prompt as reference candidates
     * @param usedTitles   titles already used that a prompt lists, so that the model avoids them
     */
    public record Items(
            @DefaultValue("20") int batchSize,
            @DefaultValue("8") int concurrency,
            @DefaultValue("3") int batchRetries,
            @DefaultValue("2s") Duration backoff,
            @DefaultValue("25") int candidates,
            @DefaultValue("40") int usedTitles) {

        public Items {
            batchSize = Math.clamp(batchSize, 1, 100);
            concurrency = Math.clamp(concurrency, 1, 64);
            batchRetries = Math.max(0, batchRetries);
            candidates = Math.clamp(candidates, 1, 200);
            usedTitles = Math.clamp(usedTitles, 0, 500);
        }
    }

    /**
     * The image model ({@code /v1/images/generations}); without a model name, pictures are drawn offline.
     *
     * @param model         model name, e.g. "gpt-image-1-mini"; empty for none
     * @param baseUrl       the image endpoint's server root ("https://api.openai.com"), to which the API's version path
     *                      is added; empty for the chat model's endpoint; the key is the chat model's
     * @param size          the size asked for, as the Images API spells it ("1536x1024", "1024x1024", "auto")
     * @param quality       the quality asked for ("low", "medium", "high", "standard", "hd"); empty to leave it out
     * @param maxPerProject pictures the model makes for one project, over all its runs; the rest are drawn offline
     * @param concurrency   calls under way at once
     * @param timeout       how long one call may take
     * @param maxRetries    the client's own retries of a rate limit, server error or timeout
     * @param maxBytes      the largest picture accepted, as decoded bytes
     * @param maxPixels     the most pixels (width × height, read from the header before decoding) accepted
     * @param prices        US dollars per picture by model name at the configured size and quality; a name also
     *                      prices its dated versions; models not listed cost $0
     */
    public record Images(
            String model,
            String baseUrl,
            @DefaultValue("1536x1024") String size,
            String quality,
            @DefaultValue("24") int maxPerProject,
            @DefaultValue("4") int concurrency,
            @DefaultValue("120s") Duration timeout,
            @DefaultValue("2") int maxRetries,
            @DefaultValue("10MB") DataSize maxBytes,
            @DefaultValue("16777216") long maxPixels,
            Map<String, BigDecimal> prices) {

        public Images {
            model = model == null ? "" : model.strip();
            baseUrl = baseUrl == null ? "" : baseUrl.strip();
            quality = quality == null ? "" : quality.strip();
            maxPerProject = Math.max(0, maxPerProject);
            concurrency = Math.clamp(concurrency, 1, 16);
            maxRetries = Math.max(0, maxRetries);
            maxPixels = Math.max(1, maxPixels);
            prices = prices == null ? Map.of() : Map.copyOf(prices);
        }

        /** The price of one picture by this model, matching its name or the longest configured name it starts with. */
        public Optional<BigDecimal> priceOf(String name) {
            return longestMatch(prices, name);
        }
    }

    /** The configured price of a model, matching its name or the longest configured name it starts with. */
    public Optional<Price> priceOf(String model) {
        return longestMatch(prices, model);
    }

    private static <T> Optional<T> longestMatch(Map<String, T> byName, String model) {
        if (model == null) {
            return Optional.empty();
        }
        T exact = byName.get(model);
        if (exact != null) {
            return Optional.of(exact);
        }
        return byName.entrySet().stream()
                .filter(entry -> model.startsWith(entry.getKey() + "-"))
                .max(Comparator.comparingInt(entry -> entry.getKey().length()))
                .map(Map.Entry::getValue);
    }

    /** Estimated cost of one call in US dollars; zero for a model without a price. */
    public BigDecimal costOf(String model, long promptTokens, long completionTokens) {
        return priceOf(model)
                .map(price -> perMillion(price.inputPerMillion(), promptTokens)
                        .add(perMillion(price.outputPerMillion(), completionTokens)))
                .orElse(BigDecimal.ZERO);
    }

    private static BigDecimal perMillion(BigDecimal price, long tokens) {
        return price == null
                ? BigDecimal.ZERO
                : price.multiply(BigDecimal.valueOf(tokens)).divide(MILLION, MathContext.DECIMAL64);
    }
}
