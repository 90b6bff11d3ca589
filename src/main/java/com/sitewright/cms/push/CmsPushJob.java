package com.sitewright.cms.push;

import com.sitewright.assets.AssetSummary;
import com.sitewright.base.SecretBox;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.security.ActingUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Pushes a project's model, images and items to its CMS, as the person who asked. It plans first (what to create,
 * update, leave or delete, by comparing hashes with what was last written), stops there for a dry run, and then
 * writes types, images, items and deletions in that order. Each write's record commits as soon as the CMS took it,
 * so a push cut off anywhere continues after what it finished, and vendor keys come from studio IDs, so nothing is
 * ever written twice.
 */
@Component
public class CmsPushJob {

    private static final Logger log = LoggerFactory.getLogger(CmsPushJob.class);

    private final PushTracker tracker;
    private final PushRecordStore records;
    private final PushSource source;
    private final VendorSessions sessions;
    private final ActingUser acting;
    private final ApplicationEventPublisher events;

    CmsPushJob(
            PushTracker tracker,
            PushRecordStore records,
            PushSource source,
            VendorSessions sessions,
            ActingUser acting,
            ApplicationEventPublisher events) {
        this.tracker = tracker;
        this.records = records;
        this.source = source;
        this.sessions = sessions;
        this.acting = acting;
        this.events = events;
    }

    @Job(name = "Push to the CMS, push %0", retries = 2)
    public void run(UUID pushId) {
        CmsPush push = tracker.find(pushId).orElse(null);
        if (push == null || push.getState().isFinished()) {
            return;
        }
        tracker.start(pushId);
        PushTally tally = new PushTally();
        tally.resume(tracker.counts(push));
        AtomicInteger requests = new AtomicInteger(push.getRequests());
        Run run = new Run(push, tally, requests);
        try {
            acting.as(push.getCreatedBy(), () -> {
                run.execute();
                return null;
            });
        } catch (VendorCallException e) {
            run.save(PushPhase.DONE);
            finish(pushId, PushState.FAILED, e.getMessage());
        } catch (SecretBox.SecretRefusedException e) {
            finish(
                    pushId,
                    PushState.FAILED,
                    "The connection's secrets cannot be opened with the studio's secrets key "
                            + "(was the key changed?): save the connection's secrets again.");
        } catch (RuntimeException e) {
            if (tracker.find(pushId).isEmpty()) {
                return;
            }
            log.error("Push {} stopped", pushId, e);
            run.save(PushPhase.DONE);
            finish(
                    pushId,
                    PushState.FAILED,
                    "Stopped by an internal error; what was written so far is kept and the "
                            + "error was logged. Push again to continue.");
        } catch (Error e) {
            // Even after the JVM's own failure (out of memory) the push must not block the project's next push for
            // ever.
            finish(
                    pushId,
                    PushState.FAILED,
                    "Stopped by a failure of the studio itself (" + e.getClass().getSimpleName()
                            + "); what was written so far is kept. Push again to continue.");
            throw e;
        }
    }

    /**
     * One run of a push: it opens the connection, plans against what earlier pushes wrote, and then writes each kind
     * in turn. What the plan finds is kept in fields for the phases that follow it.
     */
    private final class Run {

        private final CmsPush push;
        private final UUID projectId;
        private final PushTally tally;
        private final AtomicInteger requests;
        private PushPhase phase = PushPhase.PLANNING;

        private CmsVendor vendor;
        private String target;
        private VendorModel mapped;
        private VendorSession session;
        private Map<RecordKind, Map<String, PushRecord>> written;
        private Set<UUID> only;
        private ItemPass pass;
        private final Map<String, PlanCounts.Action> typeActions = new LinkedHashMap<>();
        private final List<TypeChange> typeChanges = new ArrayList<>();
        private final Map<UUID, PlanCounts.Action> assetActions = new LinkedHashMap<>();
        private final Map<UUID, String> assetKeys = new HashMap<>();
        private final List<PushRecord> deletions = new ArrayList<>();
        private List<AssetSummary> library;
        private Set<String> failedTypes;

        Run(CmsPush push, PushTally tally, AtomicInteger requests) {
            this.push = push;
            this.projectId = push.getProjectId();
            this.tally = tally;
            this.requests = requests;
        }

        void execute() {
            save(PushPhase.PLANNING);
            open();
            plan();
            if (push.isDryRun()) {
                save(PushPhase.DONE);
                finish(push.getId(), PushState.SUCCEEDED, null);
                return;
            }
            if (!typeChanges.isEmpty() && !push.isConfirmTypeChanges()) {
                save(PushPhase.DONE);
                finish(
                        push.getId(),
                        PushState.FAILED,
                        typeChanges.size() + (typeChanges.size() == 1 ? " type" : " types")
                                + " in the CMS already exist with other fields (see the plan): confirm the type changes to "
                                + "update them. Nothing was written.");
                return;
            }
            writeTypes();
            writeAssets();
            writeItems();
            if (push.isConfirmDeletes() && !deletions.isEmpty()) {
                deleteRemoved();
            }
            save(PushPhase.DONE);
            int failed = tally.failedCount();
            finish(
                    push.getId(),
                    failed == 0 ? PushState.SUCCEEDED : PushState.FAILED,
                    failed == 0
                            ? null
                            : failed + (failed == 1 ? " was" : " were")
                                    + " not written (see the failures): fix them and "
                                    + "retry; everything else is in the CMS.");
            if (failed == 0) {
                events.publishEvent(new CmsPushedEvent(projectId, push.getProvider(), push.getId()));
            }
        }

        private void open() {
            VendorSessions.Connected connected = sessions.connect(projectId, push.getProvider());
            vendor = connected.vendor();
            target = connected.target();
            List<ContentTypeDefinition> model = source.model(projectId);
            Map<String, ContentTypeDefinition> byKey = model.stream()
                    .collect(Collectors.toMap(
                            ContentTypeDefinition::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            mapped = vendor.map(model, connected.connection());
            written = records.load(projectId, target);
            session = sessions.open(connected, requests);
            session.knownAssets(written.get(RecordKind.ASSET).values());
            only = tracker.onlyItems(push);
            library = source.library(projectId);
            library.forEach(asset -> assetKeys.put(asset.id(), vendor.key(RecordKind.ASSET, asset.id())));
            pass = source.items(vendor, byKey, assetKeys, mapped.refused().keySet());
            failedTypes = new HashSet<>(mapped.refused().keySet());
        }

        /** Compares what each type, image and item would become with what was last written, and saves the plan. */
        private void plan() {
            PlanCounts typeCounts = planTypes();
            PlanCounts assetCounts = planAssets();
            PlanCounts itemCounts = planItems();
            List<String> refused = mapped.refused().entrySet().stream()
                    .map(entry -> entry.getKey() + ": " + entry.getValue())
                    .toList();
            PushPlan plan = new PushPlan(typeCounts, assetCounts, itemCounts, mapped.notes(), refused, typeChanges);
            int deletesToDo = push.isConfirmDeletes() ? deletions.size() : 0;
            int work = typeCounts.create()
                    + typeCounts.update()
                    + assetCounts.create()
                    + assetCounts.update()
                    + itemCounts.create()
                    + itemCounts.update()
                    + deletesToDo;
            tally.unchangedInPlan(typeCounts.unchanged() + assetCounts.unchanged() + itemCounts.unchanged());
            int total = tally.done() + work;
            tracker.planned(push.getId(), plan, total);
        }

        /** A type the CMS already holds, not written by a push, is an update whose differences need confirming. */
        private PlanCounts planTypes() {
            boolean anyNewType = mapped.types().stream()
                    .anyMatch(type -> !written.get(RecordKind.TYPE).containsKey(type.studioKey()));
            Map<String, JsonNode> existing = anyNewType ? session.existingTypes() : Map.of();
            PlanCounts counts = PlanCounts.NONE;
            for (VendorType type : mapped.types()) {
                PushRecord before = written.get(RecordKind.TYPE).get(type.studioKey());
                PlanCounts.Action action;
                if (before != null) {
                    action = before.hash().equals(ContentHash.of(type.definition()))
                            ? PlanCounts.Action.UNCHANGED
                            : PlanCounts.Action.UPDATE;
                } else if (existing.containsKey(type.vendorKey())) {
                    List<String> differences = TypeDiff.between(existing.get(type.vendorKey()), vendor.summary(type));
                    if (!differences.isEmpty()) {
                        typeChanges.add(new TypeChange(type.vendorKey(), differences));
                    }
                    action = PlanCounts.Action.UPDATE;
                } else {
                    action = PlanCounts.Action.CREATE;
                }
                typeActions.put(type.studioKey(), action);
                counts = counts.plus(action);
            }
            return counts;
        }

        private PlanCounts planAssets() {
            PlanCounts counts = PlanCounts.NONE;
            for (AssetSummary asset : library) {
                PushRecord before = written.get(RecordKind.ASSET).get(asset.id().toString());
                PlanCounts.Action action = before == null
                        ? PlanCounts.Action.CREATE
                        : before.hash().equals(ContentHash.of(vendor.assetPayload(asset)))
                                ? PlanCounts.Action.UNCHANGED
                                : PlanCounts.Action.UPDATE;
                assetActions.put(asset.id(), action);
                counts = counts.plus(action);
            }
            Set<String> libraryIds =
                    library.stream().map(asset -> asset.id().toString()).collect(Collectors.toSet());
            for (PushRecord record : written.get(RecordKind.ASSET).values()) {
                if (!libraryIds.contains(record.studioId())) {
                    deletions.add(record);
                    counts = counts.plus(PlanCounts.Action.DELETE);
                }
            }
            return counts;
        }

        /** A first walk over the items, counting only; items are read again when written. */
        private PlanCounts planItems() {
            Set<String> seen = new HashSet<>();
            PlanCounts[] counts = {PlanCounts.NONE};
            pass.walk(
                    projectId,
                    steps -> steps.forEach(step -> {
                        seen.add(step.itemId().toString());
                        counts[0] = counts[0].plus(itemAction(step));
                    }));
            if (only == null) {
                for (PushRecord record : written.get(RecordKind.ITEM).values()) {
                    if (!seen.contains(record.studioId())) {
                        deletions.add(record);
                        counts[0] = counts[0].plus(PlanCounts.Action.DELETE);
                    }
                }
            }
            return counts[0];
        }

        private void writeTypes() {
            save(PushPhase.TYPES);
            List<VendorType> typesToWrite = mapped.types().stream()
                    .filter(type -> typeActions.get(type.studioKey()) != PlanCounts.Action.UNCHANGED)
                    .toList();
            if (typesToWrite.isEmpty()) {
                return;
            }
            Map<String, WriteResult> results = session.writeTypes(typesToWrite, push.isConfirmTypeChanges());
            for (VendorType type : typesToWrite) {
                WriteResult result = results.getOrDefault(type.studioKey(), WriteResult.failed("The CMS did not say."));
                if (result.ok()) {
                    records.save(
                            projectId,
                            target,
                            new PushRecord(
                                    RecordKind.TYPE,
                                    type.studioKey(),
                                    type.vendorKey(),
                                    ContentHash.of(type.definition()),
                                    result.vendorVersion(),
                                    true));
                    tally.wrote(typeActions.get(type.studioKey()) == PlanCounts.Action.CREATE, false);
                } else {
                    failedTypes.add(type.studioKey());
                    tally.failed(RecordKind.TYPE, type.studioKey(), result.failure());
                }
            }
            save(PushPhase.TYPES);
        }

        private void writeAssets() {
            phase = PushPhase.ASSETS;
            List<AssetSummary> assetsToWrite = library.stream()
                    .filter(asset -> assetActions.get(asset.id()) != PlanCounts.Action.UNCHANGED)
                    .toList();
            for (int from = 0; from < assetsToWrite.size(); from += ItemPass.BATCH) {
                List<AssetSummary> batch =
                        assetsToWrite.subList(from, Math.min(assetsToWrite.size(), from + ItemPass.BATCH));
                Parallel.each(batch, AssetSummary::id, this::writeAsset);
                save(PushPhase.ASSETS);
            }
        }

        private WriteResult writeAsset(AssetSummary asset) {
            PushRecord before = written.get(RecordKind.ASSET).get(asset.id().toString());
            String key = assetKeys.get(asset.id());
            byte[] file = source.bytesOf(push.getCreatedBy(), projectId, asset);
            WriteResult result = file == null
                    ? WriteResult.failed("The image could not be read from the studio's storage.")
                    : WriteResult.guarded(() -> session.writeAsset(asset, key, before, file));
            if (result.ok()) {
                records.save(
                        projectId,
                        target,
                        new PushRecord(
                                RecordKind.ASSET,
                                asset.id().toString(),
                                key,
                                ContentHash.of(vendor.assetPayload(asset)),
                                result.vendorVersion(),
                                result.published()));
                tally.wrote(before == null, result.published());
            } else {
                tally.failed(RecordKind.ASSET, asset.id().toString(), result.failure());
            }
            return result;
        }

        /** The items, walked again: only those that differ from what the CMS holds are written. */
        private void writeItems() {
            phase = PushPhase.ITEMS;
            pass.walk(projectId, steps -> {
                List<ItemWrite> writes = new ArrayList<>();
                for (ItemPass.Step step : steps) {
                    PlanCounts.Action action = itemAction(step);
                    if (action != PlanCounts.Action.CREATE && action != PlanCounts.Action.UPDATE) {
                        continue;
                    }
                    if (step.item() == null || failedTypes.contains(step.typeKey())) {
                        tally.failed(
                                RecordKind.ITEM,
                                step.itemId().toString(),
                                "Its type " + step.typeKey()
                                        + " is not in the CMS: "
                                        + (mapped.refused().containsKey(step.typeKey())
                                                ? mapped.refused().get(step.typeKey())
                                                : "writing the type failed."));
                        continue;
                    }
                    writes.add(new ItemWrite(
                            step.itemId(),
                            step.vendorKey(),
                            step.hash(),
                            step.item(),
                            written.get(RecordKind.ITEM).get(step.itemId().toString())));
                }
                if (writes.isEmpty()) {
                    return;
                }
                session.writeItems(writes, (write, result) -> {
                    if (result.ok()) {
                        records.save(
                                projectId,
                                target,
                                new PushRecord(
                                        RecordKind.ITEM,
                                        write.itemId().toString(),
                                        write.vendorKey(),
                                        write.hash(),
                                        result.vendorVersion(),
                                        result.published()));
                        tally.wrote(write.previous() == null, result.published());
                    } else {
                        tally.failed(RecordKind.ITEM, write.itemId().toString(), result.failure());
                    }
                });
                save(PushPhase.ITEMS);
            });
        }

        /** Items and images deleted in the studio, removed from the CMS once the push says so. */
        private void deleteRemoved() {
            phase = PushPhase.DELETING;
            Parallel.each(deletions, record -> record.kind().id() + ":" + record.studioId(), record -> {
                try {
                    session.delete(record);
                    records.delete(projectId, target, record.kind(), record.studioId());
                    tally.deleted();
                } catch (VendorCallException e) {
                    if (e.isFatal()) {
                        throw e;
                    }
                    tally.failed(record.kind(), record.studioId(), e.getMessage());
                }
                return record;
            });
        }

        void save(PushPhase at) {
            phase = at;
            tracker.progress(push.getId(), phase, tally, requests.get());
        }

        private PlanCounts.Action itemAction(ItemPass.Step step) {
            PushRecord before = written.get(RecordKind.ITEM).get(step.itemId().toString());
            if (only != null && !only.contains(step.itemId())) {
                return PlanCounts.Action.UNCHANGED;
            }
            if (before == null) {
                return PlanCounts.Action.CREATE;
            }
            return before.hash().equals(step.hash()) ? PlanCounts.Action.UNCHANGED : PlanCounts.Action.UPDATE;
        }
    }

    private void finish(UUID pushId, PushState end, String error) {
        tracker.finish(pushId, end, error);
    }
}
