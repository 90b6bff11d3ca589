package com.sitewright.cms.push;

/** How many of one kind a push creates, updates, leaves unchanged and deletes. */
public record PlanCounts(int create, int update, int unchanged, int delete) {

    static final PlanCounts NONE = new PlanCounts(0, 0, 0, 0);

    PlanCounts plus(Action action) {
        return switch (action) {
            case CREATE -> new PlanCounts(create + 1, update, unchanged, delete);
            case UPDATE -> new PlanCounts(create, update + 1, unchanged, delete);
            case UNCHANGED -> new PlanCounts(create, update, unchanged + 1, delete);
            case DELETE -> new PlanCounts(create, update, unchanged, delete + 1);
        };
    }

    int writes() {
        return create + update + delete;
    }

    enum Action {
        CREATE,
        UPDATE,
        UNCHANGED,
        DELETE
    }
}
