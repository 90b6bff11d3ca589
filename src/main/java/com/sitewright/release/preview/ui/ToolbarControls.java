package com.sitewright.release.preview.ui;

import com.sitewright.release.preview.PreviewInfo;
import com.sitewright.release.preview.PreviewState;

/**
 * What the preview toolbar offers for the shown preview. {@code built} enables reload, open in a new tab and
 * share; Stop is offered while the preview's server runs; Approve waits while a deployment started here runs.
 */
record ToolbarControls(boolean canStart, String startText, boolean built, boolean canStop, boolean canApprove) {

    /**
     * @param shown    the shown preview, null when there is none
     * @param building whether any preview of the project is being built, which holds back a new one
     * @param canEdit  false for viewers, who are not offered Stop
     */
    static ToolbarControls of(PreviewInfo shown, boolean building, boolean deploying, boolean canEdit) {
        PreviewState state = shown == null ? null : shown.state();
        boolean built = state != null && state.isBuilt();
        return new ToolbarControls(
                !building,
                building ? "Building…" : "Preview",
                built,
                canEdit && state == PreviewState.READY,
                built && !deploying);
    }
}
