package com.sitewright.generation.blueprint;

import com.sitewright.model.ContentKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.datafaker.Faker;

/**
 * Plans a site's content model and generates its items without any network or model calls.
 *
 * <p>Thread-safe; create one and share it. Each thread gets its own Random (and Faker, built on first
 * use), reseeded per item. {@link #item} is a pure function of the plan's seed, the project id, the
 * type key and the index, so items can be generated in any order, in batches, or again after a
 * crash, with identical results. {@link #plan} may add notices to the intent (a scale noun it could
 * not match, a scale below what the model needs); show {@code plan.intent().notices()} to the user.
 */
public final class OfflineGenerator {

    /** The most items of one type a project holds. */
    public static final int MAX_ITEMS_PER_TYPE = 100_000;

    private static final double DRAFT_RATE = 0.03;

    private final ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(Workspace::new);

    public static UUID itemId(UUID projectId, String typeKey, int index) {
        return UUID.nameUUIDFromBytes((projectId + "/" + typeKey + "/" + index).getBytes(StandardCharsets.UTF_8));
    }

    public GenerationPlan plan(Intent intent) {
        Blueprint blueprint = Blueprints.of(intent);
        Map<String, Integer> counts = new LinkedHashMap<>();
        blueprint.types().forEach(type -> counts.put(type.key(), type.defaultCount()));
        List<String> notices = new ArrayList<>(intent.notices());
        if (intent.requestedScale() != null && intent.requestedScale() > 0) {
            applyScale(blueprint, intent, counts, notices);
        }
        Intent planned = notices.equals(intent.notices()) ? intent : intent.withNotices(notices);
        return new GenerationPlan(planned, blueprint.definitions(), counts);
    }

    private static void applyScale(
            Blueprint blueprint, Intent intent, Map<String, Integer> counts, List<String> notices) {
        String noun = intent.scaleTarget();
        TypeSpec target = blueprint.matchNoun(noun).orElse(blueprint.primary());
        String targetName = plural(target.definition().displayName());
        if (noun != null && !noun.isBlank() && blueprint.matchNoun(noun).isEmpty()) {
            notices.add("There is no \u201c" + noun + "\u201d content type in " + Text.withArticle(intent.subject())
                    + " site, so I'll generate " + String.format(Locale.ENGLISH, "%,d", intent.requestedScale()) + " "
                    + targetName + " instead.");
        }
        int requested = (int) Math.min(intent.requestedScale(), MAX_ITEMS_PER_TYPE);
        int minimum = blueprint.minimumCount(target.key());
        if (requested < minimum) {
            notices.add(
                    "The site needs at least " + minimum + " " + targetName + ", so I'll generate " + minimum + ".");
            requested = minimum;
        }
        counts.put(target.key(), requested);
    }

    private static String plural(String displayName) {
        String lower = displayName.toLowerCase(Locale.ROOT);
        if (lower.endsWith("y") && !lower.endsWith("ay") && !lower.endsWith("ey")) {
            return lower.substring(0, lower.length() - 1) + "ies";
        }
        return lower.endsWith("s") ? lower : lower + "s";
    }

    public ItemDraft item(GenerationPlan plan, UUID projectId, String typeKey, int index) {
        if (!plan.counts().containsKey(typeKey)) {
            throw new IllegalArgumentException("The plan has no content type '" + typeKey + "'");
        }
        int count = plan.count(typeKey);
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("Index " + index + " is outside 0.." + (count - 1) + " for " + typeKey);
        }
        Intent intent = plan.intent();
        Blueprint blueprint = Blueprints.of(intent);
        TypeSpec type = blueprint.type(typeKey);
        Workspace workspace = workspaces.get();
        SiteProfile site = workspace.site(intent);

        Title title = type.titles().title(index, Seeds.forType(intent.seed(), typeKey));
        String slug = Slugs.forItem(title.text(), index);
        workspace.random.setSeed(Seeds.forItem(intent.seed(), projectId, typeKey, index));
        ItemContext ctx = new ItemContext(
                workspace.random, workspace::faker, blueprint, plan, projectId, site, title, slug, index);

        Map<String, Object> data = ctx.data();
        FieldFiller.fill(type, ctx, data);
        boolean draft = !type.singleton()
                && count >= 20
                && type.definition().kind() != ContentKind.SETTINGS
                && ctx.chance(DRAFT_RATE);
        return new ItemDraft(
                itemId(projectId, typeKey, index),
                typeKey,
                "en",
                slug,
                title.text(),
                Collections.unmodifiableMap(data),
                draft ? ItemDraft.DRAFT : ItemDraft.PUBLISHED);
    }

    /** Per-thread state reused across items: constructing a Faker costs far more than an item. */
    private static final class Workspace {
        final Random random = new Random(0);
        private Faker faker;

        /** Built on first use; it shares the item random, which is reseeded before every item. */
        Faker faker() {
            if (faker == null) {
                faker = new Faker(Locale.ENGLISH, random);
            }
            return faker;
        }

        Intent lastIntent;
        SiteProfile lastSite;

        SiteProfile site(Intent intent) {
            if (!intent.equals(lastIntent)) {
                lastSite = SiteProfile.of(intent);
                lastIntent = intent;
            }
            return lastSite;
        }
    }
}
