package com.sitewright.content.web;

import com.sitewright.api.ApiParams;
import com.sitewright.api.RestApi;
import com.sitewright.base.InvalidInputException;
import com.sitewright.content.bulk.BulkAction;
import com.sitewright.content.bulk.BulkProgress;
import com.sitewright.content.bulk.BulkRequest;
import com.sitewright.content.bulk.BulkResult;
import com.sitewright.content.bulk.BulkSelection;
import com.sitewright.content.bulk.BulkService;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk changes of items: up to {@link BulkService#AT_ONCE} items answer {@code 200} with how many changed; more
 * answer {@code 202} with an operation to follow at {@code …/items/bulk/{operationId}}.
 */
@RestApi
@RestController
@RequestMapping("/api/v1/projects/{id}/items/bulk")
class BulkApi {

    private final BulkService bulk;

    BulkApi(BulkService bulk) {
        this.bulk = bulk;
    }

    record Filter(String type, String q, String status) {}

    record Request(String action, List<UUID> ids, Filter filter, String field, Object value) {}

    record Done(int affected) {}

    @PostMapping
    ResponseEntity<?> run(@PathVariable UUID id, @RequestBody Request request) {
        if (request == null) {
            throw new InvalidInputException("Send {\"action\", \"ids\" or \"filter\", …} as JSON.");
        }
        if (request.ids() != null && request.filter() != null) {
            throw new InvalidInputException("Give either \"ids\" or a \"filter\", not both.");
        }
        BulkSelection selection = request.ids() != null
                ? BulkSelection.of(request.ids())
                : request.filter() == null
                        ? null
                        : BulkSelection.matching(
                                blankToNull(request.filter().type()),
                                ApiParams.search(request.filter().q()),
                                StatusParam.of(request.filter().status()));
        BulkResult result = bulk.start(
                id, new BulkRequest(BulkAction.of(request.action()), selection, request.field(), request.value()));
        return result.operation()
                .<ResponseEntity<?>>map(
                        operation -> ResponseEntity.status(HttpStatus.ACCEPTED).body(operation))
                .orElseGet(() -> ResponseEntity.ok(new Done(result.affected())));
    }

    @GetMapping("/{operationId}")
    BulkProgress progress(@PathVariable UUID id, @PathVariable UUID operationId) {
        return bulk.get(id, operationId);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
