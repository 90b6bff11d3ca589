package com.sitewright.site.web;

import com.sitewright.api.RestApi;
import com.sitewright.site.CommitInfo;
import com.sitewright.site.SourceService;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A project's generated source: its Git history and the latest commit as a zip. */
@RestApi
@RestController
@RequestMapping("/api/v1/projects/{projectId}")
class SourceApi {

    private final SourceService source;

    SourceApi(SourceService source) {
        this.source = source;
    }

    record CommitJson(String id, String message, Instant time) {
        static CommitJson of(CommitInfo commit) {
            return new CommitJson(commit.id(), commit.message(), commit.time());
        }
    }

    @GetMapping("/commits")
    List<CommitJson> commits(@PathVariable UUID projectId) {
        return source.history(projectId).stream().map(CommitJson::of).toList();
    }

    /** The source is a few hundred kilobytes: built in memory, within the caller's security context. */
    @GetMapping("/source.zip")
    ResponseEntity<byte[]> zip(@PathVariable UUID projectId) {
        var out = new ByteArrayOutputStream();
        source.writeZip(projectId, out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(source.zipFileName(projectId))
                                .build()
                                .toString())
                .body(out.toByteArray());
    }
}
