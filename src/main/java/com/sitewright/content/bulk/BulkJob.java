package com.sitewright.content.bulk;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.sitewright.content.ContentService;
import com.sitewright.security.ActingUser;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through a bulk operation in batches, as the person who asked for it. Each batch commits together with the
 * cursor (the last item ID done), so a run cut off by a restart continues after it; items deleted meanwhile are
 * skipped. A refusal (a value the field no longer accepts) ends it failed with the reason; batches done stay done.
 */
@Component
public class BulkJob {

    private static final Logger log = LoggerFactory.getLogger(BulkJob.class);

    private final BulkOperationRepository operations;
    private final BulkService bulk;
    private final ContentService content;
    private final Clock clock;
    private final ActingUser acting;
    private final TransactionTemplate transaction;

    BulkJob(
            BulkOperationRepository operations,
            BulkService bulk,
            ContentService content,
            ActingUser acting,
            TransactionTemplate transaction,
            Clock clock) {
        this.clock = clock;
        this.operations = operations;
        this.bulk = bulk;
        this.content = content;
        this.acting = acting;
        this.transaction = transaction;
    }

    @Job(name = "Bulk change of items, operation %0", retries = 2)
    public void run(UUID operationId) {
        Optional<BulkOperation> found = operations.findById(operationId);
        if (found.isEmpty() || found.get().getState().isFinished()) {
            return;
        }
        BulkOperation operation = found.get();
        UUID projectId = operation.getProjectId();
        BulkRequest request = bulk.read(operation.getRequest());
        update(operationId, BulkOperation::start);
        try {
            acting.as(operation.getCreatedBy(), () -> {
                UUID cursor = operation.getCursorId();
                List<UUID> batch;
                while (!(batch = next(projectId, request.selection(), cursor)).isEmpty()) {
                    List<UUID> ids = batch;
                    UUID last = batch.getLast();
                    transaction.executeWithoutResult(status -> {
                        int changed = bulk.apply(projectId, request, content.existing(projectId, ids));
                        current(operationId).advance(last, ids.size(), changed);
                    });
                    cursor = last;
                }
                return null;
            });
            update(operationId, finished -> finished.finish(clock.instant()));
        } catch (InvalidInputException | NotFoundException e) {
            update(operationId, op -> op.fail(e.getMessage(), clock.instant()));
        } catch (RuntimeException e) {
            if (operations.findById(operationId).isEmpty()) {
                return;
            }
            log.error("Bulk operation {} failed", operationId, e);
            update(
                    operationId,
                    op -> op.fail(
                            "Stopped by an internal error; the batches done so far are kept and the error was logged.",
                            clock.instant()));
        }
    }

    /** The next batch after the cursor: of the listed IDs in ID order, or of the filter's matches. */
    private List<UUID> next(UUID projectId, BulkSelection selection, UUID cursor) {
        if (!selection.byIds()) {
            return content.ids(projectId, selection.query(), cursor, BulkService.BATCH);
        }
        return selection.ids().stream()
                .distinct()
                .sorted()
                .filter(id -> cursor == null || id.compareTo(cursor) > 0)
                .limit(BulkService.BATCH)
                .toList();
    }

    private BulkOperation current(UUID operationId) {
        return operations.findById(operationId).orElseThrow(() -> new NotFoundException("The bulk operation is gone"));
    }

    private void update(UUID operationId, java.util.function.Consumer<BulkOperation> change) {
        transaction.executeWithoutResult(
                status -> operations.findById(operationId).ifPresent(change));
    }
}
