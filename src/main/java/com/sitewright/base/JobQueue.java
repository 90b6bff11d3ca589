package com.sitewright.base;

import java.util.UUID;
import org.jobrunr.jobs.lambdas.IocJobLambda;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.server.BackgroundJobServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Queues background jobs. JobRunr looks for enqueued jobs on its poll, at most every 5 seconds, so work a user is
 * waiting for is {@link #start started}: queued, then this instance's job server is asked to look now, exactly as it
 * does itself when a worker becomes free. Other instances still pick work up on their next poll.
 */
@Component
public class JobQueue {

    private static final Logger log = LoggerFactory.getLogger(JobQueue.class);

    private final JobScheduler scheduler;
    private final ObjectProvider<BackgroundJobServer> server;

    JobQueue(JobScheduler scheduler, ObjectProvider<BackgroundJobServer> server) {
        this.scheduler = scheduler;
        this.server = server;
    }

    /** Queues work that can wait for the next poll. */
    public <S> void queue(IocJobLambda<S> job) {
        scheduler.enqueue(job);
    }

    /** Queues work someone is waiting for, and has it picked up at once. */
    public <S> void start(IocJobLambda<S> job) {
        scheduler.enqueue(job);
        pickUpNow();
    }

    /** As {@link #start(IocJobLambda)}, under an ID that makes queueing the same job twice fail. */
    public <S> void start(UUID id, IocJobLambda<S> job) {
        scheduler.enqueue(id, job);
        pickUpNow();
    }

    private void pickUpNow() {
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
