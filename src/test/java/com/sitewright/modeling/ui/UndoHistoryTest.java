package com.sitewright.modeling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Undo and redo over whole states: the order they come back in, the limit, and a new change clearing redo. */
class UndoHistoryTest {

    private final UndoHistory<String> history = new UndoHistory<>(3);

    @Test
    void undoGivesTheStatesBackNewestFirstAndRedoTakesThemForwardAgain() {
        history.record("a");
        history.record("b");

        assertThat(history.size()).isEqualTo(2);
        assertThat(history.undo("c")).contains("b");
        assertThat(history.undo("b")).contains("a");
        assertThat(history.canUndo()).isFalse();
        assertThat(history.undo("a")).isEmpty();

        assertThat(history.redo("a")).contains("b");
        assertThat(history.redo("b")).contains("c");
        assertThat(history.canRedo()).isFalse();
        assertThat(history.redo("c")).isEmpty();
        assertThat(history.size()).isEqualTo(2);
    }

    @Test
    void aNewChangeForgetsWhatCouldBeRedone() {
        history.record("a");
        history.undo("b");
        assertThat(history.canRedo()).isTrue();

        history.record("a");

        assertThat(history.canRedo()).isFalse();
        assertThat(history.size()).isEqualTo(1);
    }

    @Test
    void pastTheLimitTheOldestStateIsDropped() {
        history.record("a");
        history.record("b");
        history.record("c");
        history.record("d");

        assertThat(history.size()).isEqualTo(3);
        assertThat(history.undo("e")).contains("d");
        assertThat(history.undo("d")).contains("c");
        assertThat(history.undo("c")).contains("b");
        assertThat(history.undo("b")).isEmpty();
    }

    @Test
    void clearForgetsBothDirections() {
        history.record("a");
        history.record("b");
        history.undo("c");

        history.clear();

        assertThat(history.canUndo()).isFalse();
        assertThat(history.canRedo()).isFalse();
        assertThat(history.size()).isZero();
    }
}
