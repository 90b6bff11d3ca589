package com.sitewright.cms.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.cms.connection.CmsConnectionView;
import com.sitewright.cms.connection.CmsProvider;
import com.sitewright.cms.connection.ConnectionCheck;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The project's CMS connection: the provider and its settings, with Save, Test (which saves what is typed first) and
 * Delete. Secrets show the masked value the studio returns; sending that mask back keeps the stored secret. The
 * buttons call back to the view.
 */
final class ConnectionForm extends Composite<Div> {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("cmsUrl", "CMS API URL"),
            Map.entry("clientId", "Client ID"),
            Map.entry("clientSecret", "Client secret"),
            Map.entry("graphUrl", "Graph URL"),
            Map.entry("graphSingleKey", "Graph single key"),
            Map.entry("graphAppKey", "Graph app key"),
            Map.entry("graphSecret", "Graph secret"),
            Map.entry("locale", "Locale"),
            Map.entry("requestsPerSecond", "Requests per second"),
            Map.entry("spaceId", "Space ID"),
            Map.entry("environment", "Environment"),
            Map.entry("managementToken", "Management token"),
            Map.entry("deliveryToken", "Delivery token"),
            Map.entry("previewToken", "Preview token"),
            Map.entry("managementUrl", "Management API URL"),
            Map.entry("uploadUrl", "Upload API URL"),
            Map.entry("deliveryUrl", "Delivery API URL"),
            Map.entry("previewUrl", "Preview API URL"),
            Map.entry("projectId", "Project ID"),
            Map.entry("dataset", "Dataset"),
            Map.entry("token", "API token"),
            Map.entry("apiVersion", "API version"),
            Map.entry("apiUrl", "API URL"));

    private final Select<CmsProvider> provider = new Select<>();
    private final FormLayout fields = new FormLayout();
    private final Map<String, TextFieldBase<?, String>> inputs = new LinkedHashMap<>();
    private final Span saved = new Span();
    private final Div check = new Div();
    private final Button save = new Button("Save", VaadinIcon.CHECK.create());
    private final Button test = new Button("Test connection", VaadinIcon.PLUG.create());
    private final Button delete = new Button("Delete", VaadinIcon.TRASH.create());
    private CmsConnectionView current;

    ConnectionForm(
            BiConsumer<CmsProvider, Map<String, String>> onSave,
            BiConsumer<CmsProvider, Map<String, String>> onTest,
            Runnable onDelete) {
        Div card = getContent();
        card.addClassNames("card", "cms-connection");
        var title = new H2("Connection");
        saved.addClassName("cms-connection-saved");
        var head = new Div(title, saved);
        head.addClassName("cms-card-head");

        provider.setLabel("CMS");
        provider.addClassName("cms-provider");
        provider.setItems(CmsProvider.values());
        provider.setItemLabelGenerator(ConnectionForm::providerName);
        provider.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                showFields(event.getValue());
            }
        });
        fields.addClassName("cms-settings");
        fields.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("56em", 3));

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-connection");
        save.addClickListener(click -> onSave.accept(provider.getValue(), values()));
        test.addClassName("test-connection");
        test.addClickListener(click -> onTest.accept(provider.getValue(), values()));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClassName("delete-connection");
        delete.addClickListener(click -> onDelete.run());
        check.addClassName("cms-check");
        check.setVisible(false);
        var buttons = new Div(save, test, check, delete);
        buttons.addClassName("cms-buttons");
        card.add(head, provider, fields, buttons);
    }

    /** Shows the saved connection, or an empty form for the provider the project was made for. */
    void show(CmsConnectionView connection, CmsProvider suggested) {
        current = connection;
        CmsProvider chosen = connection == null
                ? suggested
                : CmsProvider.of(connection.provider()).orElse(suggested);
        if (chosen.equals(provider.getValue())) {
            showFields(chosen);
        } else {
            provider.setValue(chosen);
        }
        saved.setText(connection == null ? "Not connected yet" : "Saved · " + Formats.dateTime(connection.updatedAt()));
        saved.getElement().setAttribute("data-connected", String.valueOf(connection != null));
        delete.setVisible(connection != null && save.isVisible());
        check.setVisible(false);
    }

    /** Viewers see the connection but cannot change it. */
    void setReadOnly(boolean readOnly) {
        provider.setReadOnly(readOnly);
        inputs.values().forEach(input -> input.setReadOnly(readOnly));
        fields.getElement().setAttribute("data-read-only", String.valueOf(readOnly));
        save.setVisible(!readOnly);
        test.setVisible(!readOnly);
        delete.setVisible(!readOnly && current != null);
    }

    void setTesting(boolean testing) {
        test.setEnabled(!testing);
        save.setEnabled(!testing);
        check.removeAll();
        check.setVisible(testing);
        if (testing) {
            var bar = new ProgressBar();
            bar.setIndeterminate(true);
            bar.addClassName("cms-check-busy");
            check.add(bar, new Span("Asking the CMS…"));
            check.getElement().setAttribute("data-result", "busy");
        }
    }

    void showCheck(ConnectionCheck result) {
        setTesting(false);
        check.setVisible(true);
        check.getElement().setAttribute("data-result", result.ok() ? "ok" : "problem");
        if (result.ok()) {
            check.add(VaadinIcon.CHECK_CIRCLE.create(), new Span("Connected: the CMS accepted these settings."));
        } else {
            check.add(VaadinIcon.WARNING.create(), new Span(result.problem()));
        }
    }

    void hideCheck() {
        setTesting(false);
    }

    private void showFields(CmsProvider chosen) {
        boolean readOnly = provider.isReadOnly();
        fields.removeAll();
        inputs.clear();
        boolean same = current != null && current.provider().equals(chosen.id());
        for (CmsProvider.SettingField field : chosen.fields()) {
            TextFieldBase<?, String> input = field.secret() ? new PasswordField() : new TextField();
            input.setLabel(LABELS.getOrDefault(field.name(), field.name()) + (field.required() ? "" : " (optional)"));
            input.setRequiredIndicatorVisible(field.required());
            input.getElement().setAttribute("data-setting", field.name());
            input.addClassName("cms-setting");
            if (field.defaultValue() != null) {
                input.setPlaceholder(field.defaultValue());
            }
            if (field.secret()) {
                ((PasswordField) input)
                        .setHelperText(
                                same && current.settings().containsKey(field.name())
                                        ? "Stored; leave as is to keep it"
                                        : null);
                input.setClearButtonVisible(true);
            }
            if (same && current.settings().get(field.name()) != null) {
                input.setValue(current.settings().get(field.name()));
            }
            input.setReadOnly(readOnly);
            inputs.put(field.name(), input);
            fields.add(input);
        }
        var about = new Paragraph(about(chosen));
        about.addClassName("cms-provider-about");
        fields.add(about, 3);
    }

    /** What was typed; empty plain settings take their defaults, an emptied secret is removed. */
    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        inputs.forEach((name, input) -> {
            String value = input.getValue() == null ? "" : input.getValue().strip();
            if (!value.isEmpty() || input instanceof PasswordField) {
                values.put(name, value);
            }
        });
        return values;
    }

    static String providerName(CmsProvider provider) {
        return switch (provider) {
            case OPTIMIZELY -> "Optimizely SaaS CMS";
            case CONTENTFUL -> "Contentful";
            case SANITY -> "Sanity";
        };
    }

    private static String about(CmsProvider provider) {
        return switch (provider) {
            case OPTIMIZELY ->
                "An API client of the CMS (Settings › API Keys) writes the model and content; "
                        + "the Graph keys let the site read it. Every URL can point to a proxy or a test server.";
            case CONTENTFUL ->
                "A personal access token or app token with content management rights writes the model "
                        + "and content; the delivery and preview tokens let the site read it.";
            case SANITY ->
                "A token with Editor rights (Manage › API › Tokens) writes the documents; the same token "
                        + "lets the site read drafts.";
        };
    }
}
