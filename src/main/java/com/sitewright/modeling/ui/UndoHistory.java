package com.sitewright.modeling.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo over whole states, bounded so a long session does not keep every draft it ever had. A new change
 * forgets what could be redone, as in any editor.
 */
final class UndoHistory<S> {

    private final int limit;
    private final Deque<S> undo = new ArrayDeque<>();
    private final Deque<S> redo = new ArrayDeque<>();

    UndoHistory(int limit) {
        this.limit = limit;
    }

    /** Remembers the state before a change; the oldest is dropped past the limit. */
    void record(S before) {
        undo.push(before);
        if (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** The state to go back to, if any; {@code current} becomes what redo returns. */
    Optional<S> undo(S current) {
        return step(undo, redo, current);
    }

    /** The state undone last, if any; {@code current} becomes what undo returns. */
    Optional<S> redo(S current) {
        return step(redo, undo, current);
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** How many changes undo can take back. */
    int size() {
        return undo.size();
    }

    void clear() {
        undo.clear();
        redo.clear();
    }

    private static <S> Optional<S> step(Deque<S> from, Deque<S> to, S current) {
        if (from.isEmpty()) {
            return Optional.empty();
        }
        to.push(current);
        return Optional.of(from.pop());
    }
}
