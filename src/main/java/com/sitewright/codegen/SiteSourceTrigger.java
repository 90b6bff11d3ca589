package com.sitewright.codegen;

import com.sitewright.generation.GenerationSucceededEvent;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Once generation has written the model and content, the site source is (re)generated in its own job. */
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
}
