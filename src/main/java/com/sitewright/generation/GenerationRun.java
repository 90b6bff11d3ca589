package com.sitewright.generation;

import com.sitewright.base.TrackedRun;
import com.sitewright.project.ModelUsage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One generation of a project, or of more items of one of its types ({@link Kind#MORE}). The offline
 * engine's cursor (type position, item index) is committed together with each batch of items; the AI
 * engine's batches finish in any order and are recorded one by one ({@link GenerationBatch}). Either way a
 * run that was cut off resumes exactly where it stopped.
 */
@Entity
@Table(name = "generation_runs")
class GenerationRun extends TrackedRun {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunState state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunStep step;

    @Column(nullable = false)
    private int itemsTotal;

    @Column(nullable = false)
    private int itemsDone;

    @Column(nullable = false)
    private int typeCursor;

    @Column(nullable = false)
    private int indexCursor;

    private String notices;

    private Instant startedAt;

    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    /** For {@link Kind#MORE}: the type, how many items were asked for, and the first item index. */
    private String typeKey;

    @Column(nullable = false)
    private int requested;

    @Column(nullable = false)
    private int startIndex;

    @Column(nullable = false)
    private int imagesTotal;

    @Column(nullable = false)
    private int imagesDone;

    /** A whole project, more items of one of its types, or images for the asset fields its items leave empty. */
    enum Kind {
        FULL,
        MORE,
        IMAGES
    }

    protected GenerationRun() {}

    /** A run that adds {@code count} items of one type, the first at {@code startIndex}; the model exists already. */
    static GenerationRun more(UUID projectId, String typeKey, int count, int startIndex, Instant now) {
        GenerationRun run = new GenerationRun(projectId, "", now);
        run.kind = Kind.MORE;
        run.typeKey = typeKey;
        run.requested = count;
        run.startIndex = startIndex;
        run.step = RunStep.ITEMS;
        run.indexCursor = startIndex;
        return run;
    }

    /** A run that only fills empty asset fields with images: of one type's items, or of all when {@code typeKey} is null. */
    static GenerationRun images(UUID projectId, String typeKey, Instant now) {
        return images(UUID.randomUUID(), projectId, typeKey, now);
    }

    /**
     * The run that draws the pictures of a finished run's items (of its type, for {@link Kind#MORE}); its ID is
     * derived from the finished run's, so it is made once.
     */
    static GenerationRun imagesAfter(GenerationRun finished, Instant now) {
        UUID id = UUID.nameUUIDFromBytes(
                ("images-after/" + finished.getId()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return images(id, finished.getProjectId(), finished.kind == Kind.MORE ? finished.typeKey : null, now);
    }

    private static GenerationRun images(UUID id, UUID projectId, String typeKey, Instant now) {
        GenerationRun run = new GenerationRun(id, projectId, "", now);
        run.kind = Kind.IMAGES;
        run.step = RunStep.IMAGES;
        run.typeKey = typeKey;
        return run;
    }

    GenerationRun(UUID projectId, String notices, Instant now) {
        this(UUID.randomUUID(), projectId, notices, now);
    }

    private GenerationRun(UUID id, UUID projectId, String notices, Instant now) {
        super(id, projectId, now);
        this.state = RunState.QUEUED;
        this.step = RunStep.MODEL;
        this.notices = notices;
        this.kind = Kind.FULL;
    }

    /** Where the run stands at {@code now}, which an unfinished run's elapsed time runs to. */
    GenerationProgress progress(Instant now) {
        return new GenerationProgress(
                getProjectId(),
                getId(),
                state,
                step,
                itemsDone,
                itemsTotal,
                createdAt(),
                startedAt,
                finishedAt,
                error(),
                typeKey,
                ModelUsage.NONE,
                imagesDone,
                imagesTotal,
                kind.name().toLowerCase(java.util.Locale.ROOT),
                now);
    }

    void start(int total, Instant now) {
        state = RunState.RUNNING;
        itemsTotal = total;
        if (startedAt == null) {
            startedAt = now;
        }
    }

    /** The model is stored; the items come next, or first the site's theme when the model chooses it. */
    void modelStored(boolean themeNext) {
        step = themeNext ? RunStep.THEME : RunStep.ITEMS;
        typeCursor = 0;
        indexCursor = 0;
        itemsDone = 0;
    }

    /** The theme is chosen; {@code notice}, when not null, is said to the person with the run's other notices. */
    void themeChosen(String notice) {
        step = RunStep.ITEMS;
        if (notice != null && !notice.isBlank()) {
            notices = notices == null || notices.isBlank() ? notice : notices + "\n" + notice;
        }
    }

    void advance(int newTypeCursor, int newIndexCursor, int written) {
        typeCursor = newTypeCursor;
        indexCursor = newIndexCursor;
        itemsDone = Math.min(itemsTotal, itemsDone + written);
    }

    /** An AI batch of {@code planned} items was committed (some may have been dropped as invalid). */
    void batchDone(int planned) {
        itemsDone = Math.min(itemsTotal, itemsDone + planned);
    }

    /** The items are written; the project is made ready with them, and a run of its own draws their images. */
    void itemsWritten() {
        step = RunStep.FINISHING;
    }

    /** Something the person should hear about the run, said with its other notices. */
    void addNotice(String notice) {
        if (notice != null && !notice.isBlank()) {
            notices = notices == null || notices.isBlank() ? notice : notices + "\n" + notice;
        }
    }

    /** How many asset fields the step fills in all, counting those a cut-off attempt filled already. */
    void imagesPlanned(int total) {
        imagesTotal = total;
    }

    void imagesStored(int count) {
        imagesDone = Math.min(imagesTotal, imagesDone + count);
    }

    void succeed(Instant now) {
        state = RunState.SUCCEEDED;
        step = RunStep.DONE;
        itemsDone = itemsTotal;
        imagesDone = imagesTotal;
        finishedAt = now;
    }

    void fail(String message, Instant now) {
        end(RunState.FAILED, message == null ? "Generation failed" : message, now);
    }

    /** Ends before all items were written, keeping them, with the reason for people to read; the step stays where it was. */
    void stop(String reason, Instant now) {
        end(RunState.STOPPED, reason, now);
    }

    private void end(RunState endState, String message, Instant now) {
        state = endState;
        error(message);
        finishedAt = now;
    }

    RunState getState() {
        return state;
    }

    RunStep getStep() {
        return step;
    }

    int getTypeCursor() {
        return typeCursor;
    }

    int getIndexCursor() {
        return indexCursor;
    }

    Kind getKind() {
        return kind;
    }

    String getTypeKey() {
        return typeKey;
    }

    int getRequested() {
        return requested;
    }

    int getImagesDone() {
        return imagesDone;
    }

    int getStartIndex() {
        return startIndex;
    }

    String getNotices() {
        return notices;
    }
}
