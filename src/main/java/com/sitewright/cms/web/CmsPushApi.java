package com.sitewright.cms.web;

import com.sitewright.api.RestApi;
import com.sitewright.cms.push.CmsPushService;
import com.sitewright.cms.push.PushRequest;
import com.sitewright.cms.push.PushView;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Pushes of a project's model, images and items to its CMS, their dry runs, progress, reports and retries. */
@RestApi
@RestController
@RequestMapping("/api/v1/projects/{projectId}/cms-pushes")
class CmsPushApi {

    private final CmsPushService pushes;

    CmsPushApi(CmsPushService pushes) {
        this.pushes = pushes;
    }

    /** Every flag is optional and false unless sent: a bare {@code {}} is a real push that deletes nothing. */
    record StartPush(Boolean dryRun, Boolean confirmDeletes, Boolean confirmTypeChanges) {
        PushRequest request() {
            return new PushRequest(
                    Boolean.TRUE.equals(dryRun),
                    Boolean.TRUE.equals(confirmDeletes),
                    Boolean.TRUE.equals(confirmTypeChanges));
        }
    }

    @PostMapping
    ResponseEntity<PushView> start(@PathVariable UUID projectId, @RequestBody StartPush body) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(pushes.start(projectId, body.request()));
    }

    @GetMapping
    List<PushView> recent(@PathVariable UUID projectId) {
        return pushes.recent(projectId);
    }

    @GetMapping("/{pushId}")
    PushView get(@PathVariable UUID projectId, @PathVariable UUID pushId) {
        return pushes.get(projectId, pushId);
    }

    @PostMapping("/{pushId}/retry")
    ResponseEntity<PushView> retry(@PathVariable UUID projectId, @PathVariable UUID pushId) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(pushes.retry(projectId, pushId));
    }
}
