package com.sitewright.content.bulk;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.JobQueue;
import com.sitewright.base.NotFoundException;
import com.sitewright.content.ContentService;
import com.sitewright.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishing, unpublishing, deleting or setting a field on many items: a small selection at once, a large one as a
 * job that works through it in committed batches (so a restart continues where it stopped) while the studio
 * follows its progress. Items are named by ID or by the grid's filter.
 */
@Service
public class BulkService {

    /** Up to this many items are changed within the request; more become a job. */
    public static final int AT_ONCE = 200;

    static final int BATCH = 500;
    private static final int MAX_IDS = 10_000;

    private final ContentService content;
    private final BulkOperationRepository operations;
    private final JobQueue jobs;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;

    BulkService(
            ContentService content,
            BulkOperationRepository operations,
            JobQueue jobs,
            JsonMapper json,
            TransactionTemplate transaction,
            Clock clock) {
        this.clock = clock;
        this.content = content;
        this.operations = operations;
        this.jobs = jobs;
        this.json = json;
        this.transaction = transaction;
    }

    /** How many items the selection holds now, for a confirmation that states the count. */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public long count(UUID projectId, BulkSelection selection) {
        checkSelection(selection);
        return selection.byIds()
                ? content.existing(projectId, selection.ids()).size()
                : content.count(projectId, selection.query());
    }

    /**
     * Does the change at once when it is small, otherwise queues it as a job; either way checked first. Not one
     * transaction: the operation is committed before its job is queued, so the job always finds it.
     */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public BulkResult start(UUID projectId, BulkRequest request) {
        check(projectId, request);
        long total = count(projectId, request.selection());
        if (total == 0) {
            return new BulkResult(0, Optional.empty());
        }
        if (total <= AT_ONCE) {
            List<UUID> ids = request.selection().byIds()
                    ? request.selection().ids()
                    : content.ids(projectId, request.selection().query(), null, AT_ONCE);
            return new BulkResult(apply(projectId, request, content.existing(projectId, ids)), Optional.empty());
        }
        UUID userId = CurrentUser.require().id();
        BulkOperation operation = transaction.execute(status -> operations.save(new BulkOperation(
                projectId, request.action(), json.writeValueAsString(request), (int) total, userId, clock.instant())));
        UUID operationId = operation.getId();
        jobs.<BulkJob>start(job -> job.run(operationId));
        return new BulkResult(0, Optional.of(operation.progress()));
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public BulkProgress get(UUID projectId, UUID operationId) {
        return operations
                .findByIdAndProjectId(operationId, projectId)
                .map(BulkOperation::progress)
                .orElseThrow(() -> new NotFoundException("No such bulk operation"));
    }

    /** Applies the request to these items (which exist); returns how many were changed. */
    int apply(UUID projectId, BulkRequest request, List<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return switch (request.action()) {
            case PUBLISH -> content.publish(projectId, ids).size();
            case UNPUBLISH -> content.unpublish(projectId, ids).size();
            case DELETE -> content.delete(projectId, ids);
            case SET -> content.setField(projectId, ids, request.field(), request.value());
        };
    }

    BulkRequest read(String stored) {
        return json.readValue(stored, BulkRequest.class);
    }

    private void check(UUID projectId, BulkRequest request) {
        if (request == null || request.action() == null) {
            throw new InvalidInputException("Say what to do: \"action\" is one of publish, unpublish, delete or set.");
        }
        checkSelection(request.selection());
        if (request.action() == BulkAction.SET) {
            if (request.field() == null || request.field().isBlank()) {
                throw new InvalidInputException("Name the \"field\" to set.");
            }
            String typeKey =
                    request.selection().byIds() ? null : request.selection().typeKey();
            if (!request.selection().byIds() && typeKey == null) {
                throw new InvalidInputException("Setting a field needs a filter on one content type (\"type\").");
            }
            content.checkFieldValue(projectId, typeKey, request.selection().ids(), request.field(), request.value());
        }
    }

    private static void checkSelection(BulkSelection selection) {
        if (selection == null) {
            throw new InvalidInputException("Say which items: \"ids\" or a \"filter\".");
        }
        if (selection.byIds() && selection.ids().isEmpty()) {
            throw new InvalidInputException("Select at least one item.");
        }
        if (selection.byIds() && selection.ids().size() > MAX_IDS) {
            throw new InvalidInputException("At most " + MAX_IDS + " IDs at once; use a filter for more.");
        }
        if (selection.byIds() && selection.ids().stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("\"ids\" holds an empty entry.");
        }
    }
}
