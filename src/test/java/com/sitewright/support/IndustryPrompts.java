package com.sitewright.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** One prompt per industry the offline engine knows, plus one it does not, for tests and benchmarks of every kind of site. */
public final class IndustryPrompts {

    public static final Map<String, String> ALL;

    static {
        Map<String, String> prompts = new LinkedHashMap<>();
        prompts.put("COFFEE_SHOP", "Build me a coffee shop website");
        prompts.put("RESTAURANT", "A restaurant website");
        prompts.put("ECOMMERCE", "An online store");
        prompts.put("BLOG", "A magazine blog");
        prompts.put("LAW_FIRM", "A law firm website");
        prompts.put("REAL_ESTATE", "A real estate agency website");
        prompts.put("SAAS", "A SaaS product website");
        prompts.put("HOTEL", "A boutique hotel website");
        prompts.put("GENERIC", "A website for my dog grooming salon");
        ALL = java.util.Collections.unmodifiableMap(prompts);
    }

    private IndustryPrompts() {}
}
