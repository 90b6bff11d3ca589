package com.sitewright.base;

import org.jobrunr.server.BackgroundJobServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * JobRunr looks for enqueued jobs on its poll, at most every 5 seconds. After queueing work a user
 * is waiting for, this asks this instance's job server to look now, exactly as it does itself when
 * a worker becomes free. Other instances still pick work up on their next poll.
 */
@Component
public class JobPickup {

    private static final Logger log = LoggerFactory.getLogger(JobPickup.class);

    private final ObjectProvider<BackgroundJobServer> server;

    JobPickup(ObjectProvider<BackgroundJobServer> server) {
        this.server = server;
    }

    public void now() {
        BackgroundJobServer jobs = server.getIfAvailable();
        if (jobs == null || !jobs.isRunning()) {
            return;
        }
        Thread.ofVirtual().start(() -> {
            try {
                var steward = jobs.getJobSteward();
                steward.notifyThreadOccupied();
                steward.notifyThreadIdle();
            } catch (RuntimeException e) {
                log.debug("The job server will pick the job up on its next poll: {}", e.getMessage());
            }
        });
    }
}
