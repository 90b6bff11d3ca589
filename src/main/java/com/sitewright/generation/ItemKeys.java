package com.sitewright.generation;

import com.sitewright.content.ItemIdentity;
import com.sitewright.generation.blueprint.Slugs;
import com.sitewright.llm.ItemBatchRequest.Candidate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys (slugs) and titles a run's items use, per type, shared by its concurrent batches. The model
 * names items by key and points to others by "type/key"; this maps keys to the stored items' IDs, hands out
 * bounded samples of them as reference candidates, and makes every new slug and title unique within its type
 * (adding a number), across batches and across a restart, since it starts from the items that exist.
 */
final class ItemKeys {

    private final Map<String, TypeKeys> types = new ConcurrentHashMap<>();

    static ItemKeys of(Collection<ItemIdentity> existing) {
        ItemKeys keys = new ItemKeys();
        for (ItemIdentity item : existing) {
            TypeKeys type = keys.type(item.typeKey());
            type.claim(item.slug(), item.title());
            type.register(item.slug(), item.id(), item.title());
        }
        return keys;
    }

    private TypeKeys type(String typeKey) {
        return types.computeIfAbsent(typeKey, key -> new TypeKeys());
    }

    /** A unique slug and title for a new item, taken from now on; {@code maxTitle} bounds the title (null: none). */
    Named claim(String typeKey, String wantedSlug, String wantedTitle, Integer maxTitle) {
        return type(typeKey).claimUnique(wantedSlug, wantedTitle, maxTitle);
    }

    /** A claimed slug and title. */
    record Named(String slug, String title) {}

    /** The item is stored: it can be referred to from now on. */
    void register(String typeKey, String slug, UUID id, String title) {
        type(typeKey).register(slug, id, title);
    }

    /** The stored item a reference names: "type/key" or a bare key, among the allowed types (in order). */
    Optional<UUID> resolve(String reference, List<String> allowedTypes) {
        String text = reference.strip();
        int slash = text.indexOf('/');
        if (slash > 0) {
            String typeKey = text.substring(0, slash);
            return allowedTypes.contains(typeKey) ? type(typeKey).find(text.substring(slash + 1)) : Optional.empty();
        }
        return allowedTypes.stream()
                .map(typeKey -> type(typeKey).find(text))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** A random stored item of one of the types, to repair a required reference; empty when none exists. */
    Optional<UUID> any(List<String> allowedTypes, Random random) {
        List<TypeKeys> withItems =
                allowedTypes.stream().map(this::type).filter(TypeKeys::hasItems).toList();
        return withItems.isEmpty()
                ? Optional.empty()
                : withItems.get(random.nextInt(withItems.size())).any(random);
    }

    /** At most {@code limit} stored items of the type, chosen at random. */
    List<Candidate> sample(String typeKey, int limit, Random random) {
        return type(typeKey).sample(limit, random);
    }

    /** The type's most recently registered titles, at most {@code limit}. */
    List<String> recentTitles(String typeKey, int limit) {
        return type(typeKey).recentTitles(limit);
    }

    private static final class TypeKeys {
        private final Set<String> slugs = new HashSet<>();
        private final Set<String> titles = new HashSet<>();
        private final Map<String, UUID> ids = new HashMap<>();
        private final List<Candidate> stored = new ArrayList<>();

        synchronized void claim(String slug, String title) {
            slugs.add(slug);
            titles.add(title.toLowerCase(Locale.ROOT));
        }

        synchronized Named claimUnique(String wantedSlug, String wantedTitle, Integer maxTitle) {
            String slugBase = Slugs.slugify(wantedSlug == null ? "" : wantedSlug);
            if (slugBase.isEmpty()) {
                slugBase = Slugs.slugify(wantedTitle);
            }
            if (slugBase.isEmpty()) {
                slugBase = "item";
            }
            String slug = cut(slugBase, Slugs.MAX_LENGTH);
            for (int n = 2; slugs.contains(slug); n++) {
                String suffix = "-" + n;
                slug = cut(slugBase, Slugs.MAX_LENGTH - suffix.length()) + suffix;
            }
            int titleLimit = maxTitle == null ? 300 : Math.min(300, maxTitle);
            String title = cut(wantedTitle, titleLimit);
            for (int n = 2; titles.contains(title.toLowerCase(Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                title = cut(wantedTitle, titleLimit - suffix.length()) + suffix;
            }
            slugs.add(slug);
            titles.add(title.toLowerCase(Locale.ROOT));
            return new Named(slug, title);
        }

        synchronized void register(String slug, UUID id, String title) {
            if (ids.putIfAbsent(slug, id) == null) {
                stored.add(new Candidate(slug, title));
            }
        }

        synchronized Optional<UUID> find(String slug) {
            return Optional.ofNullable(ids.get(slug));
        }

        synchronized boolean hasItems() {
            return !stored.isEmpty();
        }

        synchronized Optional<UUID> any(Random random) {
            return stored.isEmpty()
                    ? Optional.empty()
                    : Optional.of(
                            ids.get(stored.get(random.nextInt(stored.size())).key()));
        }

        synchronized List<Candidate> sample(int limit, Random random) {
            if (stored.size() <= limit) {
                return List.copyOf(stored);
            }
            Set<Integer> picked = new HashSet<>();
            List<Candidate> sample = new ArrayList<>(limit);
            while (sample.size() < limit) {
                int index = random.nextInt(stored.size());
                if (picked.add(index)) {
                    sample.add(stored.get(index));
                }
            }
            return sample;
        }

        synchronized List<String> recentTitles(int limit) {
            return stored.subList(Math.max(0, stored.size() - limit), stored.size()).stream()
                    .map(Candidate::title)
                    .toList();
        }

        /** The text cut to at most {@code max} characters, without a trailing hyphen or space. */
        private static String cut(String text, int max) {
            String cut = text.length() <= max ? text : text.substring(0, Math.max(0, max));
            return cut.replaceAll("[-\\s]+$", "");
        }
    }
}
