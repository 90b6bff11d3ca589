package com.sitewright.cms.web;

import com.sitewright.api.RestApi;
import com.sitewright.base.NotFoundException;
import com.sitewright.cms.webhook.CmsWebhookService;
import com.sitewright.cms.webhook.MalformedWebhookException;
import com.sitewright.cms.webhook.WebhookCall;
import com.sitewright.cms.webhook.WebhookReceipt;
import com.sitewright.cms.webhook.WebhookRefusedException;
import com.sitewright.cms.webhook.WebhookStatus;
import com.sitewright.cms.webhook.WebhookThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhooks a project's CMS calls on publishing. The vendor is not a signed-in user: the security configuration
 * lets these calls through to the service, which checks the project's secret or the vendor's signature first.
 */
@RestApi
@RestController
class CmsWebhookApi {

    private final CmsWebhookService webhooks;

    CmsWebhookApi(CmsWebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping("/api/v1/projects/{projectId}/cms-webhooks/{provider}")
    WebhookReceipt receive(@PathVariable String projectId, @PathVariable String provider, HttpServletRequest request)
            throws IOException {
        UUID project;
        try {
            project = UUID.fromString(projectId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No project has this address.");
        }
        String query = request.getQueryString();
        String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        WebhookCall call = new WebhookCall(
                request.getMethod(),
                request.getRequestURI() + (query == null ? "" : "?" + query),
                queryParameter(query, "secret"),
                request::getHeader,
                body);
        return webhooks.receive(project, provider, call);
    }

    @GetMapping("/api/v1/projects/{projectId}/cms-connection/webhook")
    WebhookStatus status(@PathVariable UUID projectId) {
        return webhooks.status(projectId);
    }

    @ExceptionHandler(WebhookRefusedException.class)
    ProblemDetail refused(WebhookRefusedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
    }

    @ExceptionHandler(WebhookThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(WebhookThrottledException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
    }

    @ExceptionHandler(MalformedWebhookException.class)
    ProblemDetail malformed(MalformedWebhookException e) {
        return ProblemDetail.forStatusAndDetail(
                e.unreadable() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }

    /** Read from the query string itself: asking the request for a parameter could read a form body. */
    private static @Nullable String queryParameter(@Nullable String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
