package com.sitewright.assets;

import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.springframework.stereotype.Component;

/**
 * Removes a deleted project's images from object storage. A project may hold many; one request per object (the
 * multi-object delete needs checksums that not every S3-compatible store accepts) is work for a job, not for the
 * request that deleted the project. Running it again deletes what is left.
 */
@Component
public class AssetCleanupJob {

    private final ObjectStore objects;

    AssetCleanupJob(ObjectStore objects) {
        this.objects = objects;
    }

    @Job(name = "Remove the stored images of deleted project %0", retries = 5)
    public void removeProjectObjects(UUID projectId) {
        objects.deleteAll(Asset.prefix(projectId));
    }
}
