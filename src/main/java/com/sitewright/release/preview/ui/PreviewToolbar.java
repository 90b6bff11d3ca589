package com.sitewright.release.preview.ui;

import com.sitewright.base.ui.StatusBadge;
import com.sitewright.release.preview.PreviewInfo;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The preview page's controls: build, choose a preview and a device, and act on the shown preview.
 * It only reports what was asked for; the page calls the services and tells the toolbar what to show.
 */
final class PreviewToolbar extends Composite<Div> {

    /**
     * What the person asked for; {@code freshLink} gives a fresh address that signs this browser in to the shown
     * preview, for a new tab.
     */
    record Actions(
            Runnable startPreview,
            Consumer<UUID> select,
            Consumer<Device> device,
            Runnable reload,
            Supplier<String> freshLink,
            Runnable share,
            Runnable stop,
            Runnable approve) {}

    private final Actions actions;
    private final Button start = new Button("Preview", VaadinIcon.PLAY.create());
    private final Span badge = new Span();
    private final Select<UUID> selector = new Select<>();
    private final DeviceSwitch devices;
    private final Button reload = new Button(VaadinIcon.REFRESH.create());
    private final Anchor openInTab = new Anchor();
    private final Button share = new Button(VaadinIcon.LINK.create());
    private final Button stop = new Button(VaadinIcon.STOP.create());
    private final Button approve = new Button("Approve & deploy", VaadinIcon.ROCKET.create());
    private Map<UUID, String> labels = Map.of();
    private boolean updating;

    /** {@code canEdit} false (viewers) leaves out the buttons that change anything. */
    PreviewToolbar(Actions actions, boolean canEdit) {
        this.actions = actions;
        this.devices = new DeviceSwitch(actions.device());
        Div bar = getContent();
        bar.addClassName("preview-toolbar");

        start.addClassName("start-preview");
        start.setTooltipText("Build the latest commit and run it privately");
        start.addClickListener(click -> actions.startPreview().run());

        badge.addClassName("preview-state");
        selector.setAriaLabel("Preview build");
        selector.addClassName("preview-selector");
        selector.setEmptySelectionAllowed(false);
        selector.setItemLabelGenerator(id -> labels.getOrDefault(id, ""));
        selector.addValueChangeListener(event -> {
            if (!updating && event.isFromClient() && event.getValue() != null) {
                actions.select().accept(event.getValue());
            }
        });

        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        reload.setAriaLabel("Reload");
        reload.setTooltipText("Reload the preview");
        reload.addClickListener(click -> actions.reload().run());

        openInTab.setTarget(AnchorTarget.BLANK);
        openInTab.getElement().setAttribute("rel", "noopener");
        openInTab.setAriaLabel("Open in new tab");
        openInTab.addClassNames("icon-link", "open-in-tab");
        openInTab.add(VaadinIcon.EXTERNAL_LINK.create());
        openInTab.getElement().setAttribute("title", "Open in new tab");
        // The link signs the browser in for a few minutes only: renew it just before it can be used.
        openInTab.getElement().addEventListener("pointerenter", event -> renewLink());
        openInTab.getElement().addEventListener("focus", event -> renewLink());

        share.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        share.setAriaLabel("Share links");
        share.setTooltipText("Share links for people without an account: make one, or revoke one");
        share.addClickListener(click -> actions.share().run());

        stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_CONTRAST);
        stop.setAriaLabel("Stop");
        stop.addClassName("stop-preview");
        stop.setTooltipText("Stop the preview's server; opening the preview starts it again");
        stop.addClickListener(click -> actions.stop().run());

        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClassName("approve-deploy");
        approve.setTooltipText("Promote this very build to production");
        approve.addClickListener(click -> actions.approve().run());

        var choose = new Div(badge, selector);
        choose.addClassName("toolbar-group");
        var view = new Div(devices, reload, openInTab);
        view.addClassName("toolbar-group");
        var act = new Div();
        act.addClassNames("toolbar-group", "toolbar-actions");
        if (canEdit) {
            choose.addComponentAsFirst(start);
            act.add(share, stop, approve);
        } else {
            var note = new Span("View only");
            note.addClassName("view-only-note");
            note.setTitle("Your role can look at previews; an editor or admin builds and deploys them");
            act.add(note);
        }
        bar.add(choose, view, act);
    }

    /** Shows the project's previews (newest first) with {@code shown} selected, and what can be done with it. */
    void show(List<PreviewInfo> previews, PreviewInfo shown, ToolbarControls controls, Instant now) {
        updating = true;
        try {
            Map<UUID, String> fresh = new LinkedHashMap<>();
            for (int i = 0; i < previews.size(); i++) {
                PreviewInfo preview = previews.get(i);
                fresh.put(preview.id(), label(previews.size() - i, preview, now));
            }
            boolean changed = !fresh.equals(labels);
            labels = fresh;
            if (changed) {
                selector.setItems(List.copyOf(fresh.keySet()));
            }
            selector.setValue(shown == null ? null : shown.id());
            selector.setVisible(!previews.isEmpty());
        } finally {
            updating = false;
        }
        badge.removeAll();
        if (shown != null) {
            badge.add(new StatusBadge(shown.state().id()));
        }
        start.setEnabled(controls.canStart());
        start.setText(controls.startText());
        reload.setEnabled(controls.built());
        openInTab.setEnabled(controls.built());
        share.setEnabled(controls.built());
        stop.setVisible(controls.canStop());
        approve.setEnabled(controls.canApprove());
    }

    Device device() {
        return devices.getValue();
    }

    void setDevice(Device device) {
        devices.setValue(device);
    }

    void setOpenLink(String href) {
        if (href == null) {
            openInTab.removeHref();
        } else {
            openInTab.setHref(href);
        }
    }

    private void renewLink() {
        if (openInTab.isEnabled()) {
            setOpenLink(actions.freshLink().get());
        }
    }

    static String label(int number, PreviewInfo preview, Instant now) {
        return "#" + number + " · " + preview.state().id() + " · " + Ago.of(preview.createdAt(), now) + " · commit "
                + preview.shortCommit();
    }
}
