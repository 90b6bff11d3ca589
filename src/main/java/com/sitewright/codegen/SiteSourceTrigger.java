package com.sitewright.codegen;

import com.sitewright.contentmodel.ContentModelChangedEvent;
import com.sitewright.generation.GenerationSucceededEvent;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Once generation has written the model and content, or someone changed the model, the site source is regenerated in its own job. */
@Component
class SiteSourceTrigger {

    private final JobScheduler jobs;

    SiteSourceTrigger(JobScheduler jobs) {
        this.jobs = jobs;
    }

    @EventListener
    void on(GenerationSucceededEvent event) {
        var projectId = event.projectId();
        jobs.<SiteSourceJob>enqueue(job -> job.generate(projectId));
    }

    /** After the change is committed, so the job reads the new model. */
    @TransactionalEventListener
    void on(ContentModelChangedEvent event) {
        var projectId = event.projectId();
        jobs.<SiteSourceJob>enqueue(job -> job.generate(projectId));
    }
}
