package com.sitewright.assets.ui;

import com.sitewright.assets.AssetService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.modulith.NamedInterface;

/**
 * Chooses an image for an asset field from the project's library, or uploads one first. The chosen image comes
 * with alt text for this use, starting from the library's.
 */
@NamedInterface("asset-picker")
public final class AssetPickerDialog extends Dialog {

    private final TextField alt = new TextField("Alt text");
    private final Image preview = new Image();
    private final Span chosenName = new Span();
    private final Button use = new Button("Use this image");

    public AssetPickerDialog(
            AssetService assets, UUID projectId, boolean canUpload, Consumer<Map<String, Object>> chosen) {
        setHeaderTitle("Choose an image");
        addClassName("asset-picker");
        setWidth("min(60rem, 96vw)");
        setHeight("min(44rem, 92vh)");
        var browser = new AssetBrowser(assets, projectId, canUpload);

        alt.setPlaceholder("What the image shows, for people who cannot see it");
        alt.setMaxLength(AssetService.MAX_ALT_LENGTH);
        alt.setWidthFull();
        alt.addClassName("asset-picker-alt");
        preview.addClassName("asset-picker-preview");
        chosenName.addClassName("asset-picker-name");
        var detail = new Div(preview, new Div(chosenName, alt));
        detail.addClassName("asset-picker-detail");
        detail.setVisible(false);

        browser.onSelect(asset -> {
            detail.setVisible(asset != null);
            use.setEnabled(asset != null);
            if (asset != null) {
                preview.setSrc(asset.url());
                preview.setAlt(asset.alt());
                chosenName.setText(asset.fileName());
                alt.setValue(asset.alt());
            }
        });
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        use.addClassName("use-asset");
        use.setEnabled(false);
        use.addClickListener(click -> browser.selected().ifPresent(asset -> {
            chosen.accept(asset.fieldValue(alt.getValue()));
            close();
        }));
        var body = new Div(browser, detail);
        body.addClassName("asset-picker-body");
        add(body);
        getFooter().add(new Button("Cancel", click -> close()), use);
    }
}
