package com.sitewright.cms.web;

import com.sitewright.api.RestApi;
import com.sitewright.base.NotFoundException;
import com.sitewright.cms.connection.CmsConnectionService;
import com.sitewright.cms.connection.CmsConnectionView;
import com.sitewright.cms.connection.ConnectionCheck;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A project's connection to the user's own CMS (Optimizely, Contentful or Sanity): secrets only ever masked. */
@RestApi
@RestController
@RequestMapping("/api/v1/projects/{projectId}/cms-connection")
class CmsConnectionApi {

    private final CmsConnectionService connections;

    CmsConnectionApi(CmsConnectionService connections) {
        this.connections = connections;
    }

    record SaveConnection(String provider, Map<String, Object> settings) {}

    @GetMapping
    CmsConnectionView get(@PathVariable UUID projectId) {
        return connections
                .find(projectId)
                .orElseThrow(() -> new NotFoundException("This project has no CMS connection yet."));
    }

    @PutMapping
    CmsConnectionView save(@PathVariable UUID projectId, @RequestBody SaveConnection request) {
        return connections.save(projectId, request.provider(), request.settings());
    }

    @DeleteMapping
    ResponseEntity<Void> delete(@PathVariable UUID projectId) {
        connections.delete(projectId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/test")
    ConnectionCheck test(@PathVariable UUID projectId) {
        return connections.test(projectId);
    }
}
