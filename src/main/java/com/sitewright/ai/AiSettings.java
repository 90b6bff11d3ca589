package com.sitewright.ai;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * The AI engine's settings ({@code sitewright.ai.*}).
 *
 * @param modelAttempts    answers asked for per content model or item batch before giving up (re-asks included)
 * @param defaultBudgetUsd budget of new projects in US dollars; empty for no limit
 * @param connectTimeout   how long to wait for the endpoint to accept a connection
 * @param prices           price per million tokens by model name; a name also prices its dated versions
 *                         ("gpt-4o-mini" prices "gpt-4o-mini-2024-07-18"); models not listed cost $0
 * @param items            how items are written by the model
 */
@ConfigurationProperties("sitewright.ai")
public record AiSettings(
        @DefaultValue("3") int modelAttempts,
        BigDecimal defaultBudgetUsd,
        @DefaultValue("10s") Duration connectTimeout,
        Map<String, Price> prices,
        @DefaultValue Items items) {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public AiSettings {
        modelAttempts = Math.max(1, modelAttempts);
        prices = prices == null ? Map.of() : Map.copyOf(prices);
    }

    /** US dollars per million input (prompt) and output (completion) tokens. */
    public record Price(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {
    }

    /**
     * @param batchSize    items asked for in one call
     * @param concurrency  calls under way at once for one run
     * @param batchRetries how often a batch is tried again after the client's own retries of a rate limit,
     *                     server error or timeout are used up, waiting {@code backoff} doubled each time plus jitter
     * @param candidates   items of each referenced type listed in a prompt as reference candidates
     * @param usedTitles   titles already used that a prompt lists, so that the model avoids them
     */
    public record Items(@DefaultValue("20") int batchSize, @DefaultValue("8") int concurrency,
                       @DefaultValue("3") int batchRetries, @DefaultValue("2s") Duration backoff,
                       @DefaultValue("25") int candidates, @DefaultValue("40") int usedTitles) {

        public Items {
            batchSize = Math.clamp(batchSize, 1, 100);
            concurrency = Math.clamp(concurrency, 1, 64);
            batchRetries = Math.max(0, batchRetries);
            candidates = Math.clamp(candidates, 1, 200);
            usedTitles = Math.clamp(usedTitles, 0, 500);
        }
    }

    /** The configured price of a model, matching its name or the longest configured name it starts with. */
    public Optional<Price> priceOf(String model) {
        if (model == null) {
            return Optional.empty();
        }
        Price exact = prices.get(model);
        if (exact != null) {
            return Optional.of(exact);
        }
        return prices.entrySet().stream()
                .filter(entry -> model.startsWith(entry.getKey() + "-"))
                .max(Comparator.comparingInt(entry -> entry.getKey().length()))
                .map(Map.Entry::getValue);
    }

    /** Estimated cost of one call in US dollars; zero for a model without a price. */
    public BigDecimal costOf(String model, long promptTokens, long completionTokens) {
        return priceOf(model).map(price -> perMillion(price.inputPerMillion(), promptTokens)
                        .add(perMillion(price.outputPerMillion(), completionTokens)))
                .orElse(BigDecimal.ZERO);
    }

    private static BigDecimal perMillion(BigDecimal price, long tokens) {
        return price == null ? BigDecimal.ZERO
                : price.multiply(BigDecimal.valueOf(tokens)).divide(MILLION, MathContext.DECIMAL64);
    }
}
