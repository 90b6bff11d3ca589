package com.sitewright.content;

import com.sitewright.base.JobQueue;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reclaims the published copy right after a publish that replaced many of its rows. Until the replaced versions
 * are vacuumed, every production search reads them beside the current ones: after 100,000 items were republished,
 * search p95 went from 48 to 173 ms until autovacuum came round, which on a busy database can take minutes.
 */
@Component
public class PublishedCopyUpkeep {

    /** Fewer replaced rows than this cost searches little, and autovacuum soon takes them. */
    static final int LARGE_PUBLISH = 10_000;

    private static final Logger log = LoggerFactory.getLogger(PublishedCopyUpkeep.class);

    private final ContentItemStore store;
    private final JobQueue jobs;

    PublishedCopyUpkeep(ContentItemStore store, JobQueue jobs) {
        this.store = store;
        this.jobs = jobs;
    }

    /** A publish wrote this many rows of the published copy. */
    record LargePublish(int rows) {}

    /** After the commit, when the replaced rows are dead to every reader and a vacuum can take them. */
    @TransactionalEventListener
    void on(LargePublish publish) {
        jobs.<PublishedCopyUpkeep>queue(upkeep -> upkeep.vacuum(publish.rows()));
    }

    @Job(name = "Reclaim the published copy after %0 items were published", retries = 2)
    public void vacuum(int rows) {
        long start = System.nanoTime();
        store.reclaim(ContentCopy.PUBLISHED);
        log.info(
                "Reclaimed the published copy after {} items were published, in {} ms",
                rows,
                (System.nanoTime() - start) / 1_000_000);
    }
}
