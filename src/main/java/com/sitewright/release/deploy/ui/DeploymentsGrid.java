package com.sitewright.release.deploy.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.StatusBadge;
import com.sitewright.release.deploy.DeploymentInfo;
import com.sitewright.release.deploy.DeploymentState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A project's deployments, newest first, numbered from the oldest: state, build, address and when each was live,
 * the live one marked. A failed row opens to show its error; Roll back is offered on builds that can go live again.
 */
final class DeploymentsGrid extends Composite<Grid<DeploymentInfo>> {

    private final Grid<DeploymentInfo> grid = new Grid<>();
    private Map<UUID, Integer> numbers = Map.of();

    /** {@code onRollback} null (viewers) leaves out the Roll back column. */
    DeploymentsGrid(Consumer<DeploymentInfo> onRollback) {
        grid.addClassName("deployments-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.setPartNameGenerator(deployment -> deployment.state() == DeploymentState.LIVE ? "live-row" : null);
        grid.addColumn(deployment -> "#" + number(deployment))
                .setHeader("#")
                .setFlexGrow(0)
                .setWidth("64px");
        grid.addColumn(new ComponentRenderer<>(DeploymentsGrid::state))
                .setHeader("State")
                .setFlexGrow(0)
                .setWidth("124px")
                .setTooltipGenerator(deployment -> deployment.error() == null ? null : deployment.error());
        grid.addColumn(new ComponentRenderer<>(DeploymentsGrid::build))
                .setHeader("Build")
                .setFlexGrow(0)
                .setWidth("210px");
        grid.addColumn(new ComponentRenderer<>(DeploymentsGrid::address))
                .setHeader("Address")
                .setFlexGrow(1);
        grid.addColumn(deployment -> Formats.dateTime(deployment.createdAt()))
                .setHeader("Created")
                .setFlexGrow(0)
                .setWidth("180px");
        grid.addColumn(new ComponentRenderer<>(DeploymentsGrid::livePeriod))
                .setHeader("Live")
                .setFlexGrow(0)
                .setWidth("200px");
        if (onRollback != null) {
            grid.addColumn(new ComponentRenderer<>(deployment -> rollbackButton(deployment, onRollback)))
                    .setHeader("")
                    .setFlexGrow(0)
                    .setWidth("130px");
        }
        // The state's tooltip has a failure's message; the row opens to show it in full, with the server's last lines.
        grid.setDetailsVisibleOnClick(false);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(deployment -> {
            var text = new Pre(deployment.error() == null ? "" : deployment.error());
            text.addClassNames("code-block", "deployment-error");
            return text;
        }));
        grid.addItemClickListener(event -> {
            if (event.getItem().error() != null) {
                grid.setDetailsVisible(event.getItem(), !grid.isDetailsVisible(event.getItem()));
            }
        });
    }

    @Override
    protected Grid<DeploymentInfo> initContent() {
        return grid;
    }

    /** Shows the project's deployments, newest first. */
    void show(List<DeploymentInfo> all) {
        Map<UUID, Integer> fresh = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            fresh.put(all.get(i).id(), all.size() - i);
        }
        numbers = fresh;
        grid.setItems(all);
    }

    /** The deployment's number as the grid shows it, #1 being the oldest; 0 for one not shown. */
    int number(DeploymentInfo deployment) {
        return numbers.getOrDefault(deployment.id(), 0);
    }

    private Component rollbackButton(DeploymentInfo deployment, Consumer<DeploymentInfo> onRollback) {
        if (!deployment.state().canBeRestored()) {
            return new Span();
        }
        var button = new Button("Roll back", VaadinIcon.TIME_BACKWARD.create(), click -> onRollback.accept(deployment));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName("rollback");
        button.setAriaLabel("Roll back to deployment #" + number(deployment));
        return button;
    }

    private static Component state(DeploymentInfo deployment) {
        var badge = new StatusBadge(deployment.state().id());
        if (deployment.state() == DeploymentState.ROLLED_BACK) {
            badge.setText("rolled back");
        }
        var cell = new Span(badge);
        cell.addClassName("deployment-state");
        if (deployment.error() != null) {
            cell.add(VaadinIcon.INFO_CIRCLE.create());
        }
        return cell;
    }

    private static Component build(DeploymentInfo deployment) {
        var id = new Span(deployment.buildId());
        id.addClassName("deployment-build-id");
        var commit = new Span("commit " + deployment.shortCommit());
        commit.addClassName("deployment-secondary");
        var cell = new Div(id, commit);
        cell.addClassName("deployment-build");
        return cell;
    }

    /** When it went live and, once replaced, until when. */
    private static Component livePeriod(DeploymentInfo deployment) {
        var cell = new Div();
        cell.addClassName("deployment-when");
        if (deployment.liveAt() == null) {
            return cell;
        }
        cell.add(new Span(Formats.dateTime(deployment.liveAt())));
        if (deployment.endedAt() != null && deployment.state() != DeploymentState.LIVE) {
            var until = new Span("until " + Formats.dateTime(deployment.endedAt()));
            until.addClassName("deployment-secondary");
            cell.add(until);
        }
        return cell;
    }

    /** The public URL (once it has one) and the hosting target it is on. */
    private static Component address(DeploymentInfo deployment) {
        var cell = new Div();
        cell.addClassName("deployment-build");
        if (deployment.url() != null) {
            var anchor = new Anchor(deployment.url(), deployment.url());
            anchor.setTarget(AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener");
            cell.add(anchor);
        }
        var target = new Span("target " + deployment.target());
        target.addClassName("deployment-secondary");
        cell.add(target);
        return cell;
    }
}
