package com.sitewright.cms.push;

import java.util.ArrayList;
import java.util.List;

/** What a running push has done, updated from the threads writing to the CMS and saved after every batch. */
final class PushTally {

    /** The report lists this many failures; the count covers all. */
    static final int LISTED_FAILURES = 1_000;

    private int created;
    private int updated;
    private int unchanged;
    private int deleted;
    private int published;
    private int failed;
    private int done;
    private final List<PushFailure> failures = new ArrayList<>();

    /**
     * A push resumed after a restart keeps what its earlier run wrote. Those writes are "unchanged" in the new plan,
     * since the CMS already holds them, so they are counted once, as written.
     */
    synchronized void resume(PushCounts earlier) {
        created = earlier.created();
        updated = earlier.updated();
        deleted = earlier.deleted();
        published = earlier.published();
        done = created + updated + deleted;
    }

    /** Unchanged in the plan, apart from what an earlier run of this push wrote. */
    synchronized void unchangedInPlan(int count) {
        unchanged = Math.max(0, count - created - updated);
    }

    synchronized void unchanged(int count) {
        unchanged += count;
    }

    /** One write finished: it created or updated something, and maybe published it. */
    synchronized void wrote(boolean create, boolean isPublished) {
        if (create) {
            created++;
        } else {
            updated++;
        }
        if (isPublished) {
            published++;
        }
        done++;
    }

    synchronized void deleted() {
        deleted++;
        done++;
    }

    synchronized void failed(RecordKind kind, String id, String reason) {
        failed++;
        done++;
        if (failures.size() < LISTED_FAILURES) {
            failures.add(new PushFailure(id, kind.id(), reason));
        }
    }

    synchronized int done() {
        return done;
    }

    synchronized int failedCount() {
        return failed;
    }

    synchronized PushCounts counts() {
        return new PushCounts(created, updated, unchanged, deleted, published, failed);
    }

    synchronized List<PushFailure> failures() {
        return List.copyOf(failures);
    }
}
