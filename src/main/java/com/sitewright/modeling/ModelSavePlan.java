package com.sitewright.modeling;

import java.util.List;

/**
 * What saving a draft would do, before anything changes: each change with the items it touches, and the problems
 * that keep it from being saved. {@code currentVersion} differs from {@code baseVersion} when someone else saved
 * the model since the draft was started.
 */
public record ModelSavePlan(int baseVersion, int currentVersion, List<ModelChangeLine> changes, List<String> errors) {

    public ModelSavePlan {
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Problems keep the draft from being saved until they are fixed. */
    public boolean blocked() {
        return !errors.isEmpty();
    }

    /** Some items lose data: saving needs the person's confirmation. */
    public boolean needsConfirmation() {
        return changes.stream().anyMatch(ModelChangeLine::destructive);
    }

    public boolean stale() {
        return baseVersion != currentVersion;
    }

    public long affectedItems() {
        return changes.stream().mapToLong(ModelChangeLine::affectedItems).sum();
    }
}
