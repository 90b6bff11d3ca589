package com.sitewright.cms.push;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Keeps a push's row up to date (start, plan, progress, end), each change committed at once so views see it. */
@Component
class PushTracker {

    private final CmsPushRepository pushes;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    PushTracker(CmsPushRepository pushes, TransactionTemplate transaction, JsonMapper json, Clock clock) {
        this.pushes = pushes;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    Optional<CmsPush> find(UUID pushId) {
        return pushes.findById(pushId);
    }

    void start(UUID pushId) {
        update(pushId, started -> started.start(clock.instant()));
    }

    /** What an earlier, cut-off run of the push had counted. */
    PushCounts counts(CmsPush push) {
        return json.readValue(push.getCounts(), PushCounts.class);
    }

    /** The items the push is limited to, or null for all of them. */
    Set<UUID> onlyItems(CmsPush push) {
        if (push.getOnlyItems() == null) {
            return null;
        }
        return new HashSet<>(json.readValue(push.getOnlyItems(), new TypeReference<List<UUID>>() {}));
    }

    void planned(UUID pushId, PushPlan plan, int total) {
        update(pushId, found -> found.planned(json.writeValueAsString(plan), total));
    }

    void progress(UUID pushId, PushPhase phase, PushTally tally, int requests) {
        update(
                pushId,
                found -> found.progress(
                        phase,
                        tally.done(),
                        requests,
                        json.writeValueAsString(tally.counts()),
                        json.writeValueAsString(tally.failures())));
    }

    void finish(UUID pushId, PushState end, String error) {
        update(pushId, push -> push.finish(end, error, clock.instant()));
    }

    private void update(UUID pushId, Consumer<CmsPush> change) {
        transaction.executeWithoutResult(status -> pushes.findById(pushId).ifPresent(change));
    }
}
