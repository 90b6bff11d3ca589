package com.sitewright.site;

import com.sitewright.base.JobQueue;
import com.sitewright.generation.GenerationSucceededEvent;
import com.sitewright.model.ContentModelChangedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Once generation has written the model and content, or someone changed the model, the site source is regenerated in its own job. */
@Component
class SiteSourceTrigger {

    private final JobQueue jobs;

    SiteSourceTrigger(JobQueue jobs) {
        this.jobs = jobs;
    }

    @EventListener
    void on(GenerationSucceededEvent event) {
        var projectId = event.projectId();
        jobs.<SiteSourceJob>queue(job -> job.generate(projectId));
    }

    /** After the change is committed, so the job reads the new model. */
    @TransactionalEventListener
    void on(ContentModelChangedEvent event) {
        var projectId = event.projectId();
        jobs.<SiteSourceJob>queue(job -> job.generate(projectId));
    }
}
