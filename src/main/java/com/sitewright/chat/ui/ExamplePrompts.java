package com.sitewright.chat.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.Consumer;

/** Sentences to start from on the welcome screen; a click puts one into the composer, it does not send it. */
final class ExamplePrompts extends Composite<Div> {

    static final List<String> EXAMPLES = List.of(
            "Build me a coffee shop website using Optimizely SaaS",
            "A boutique hotel site on Contentful with rooms, offers and dining",
            "An e-commerce store for outdoor gear with 5,000 products on Sanity",
            "A law firm website with attorneys, practice areas and insights");

    ExamplePrompts(Consumer<String> onPick) {
        Div examples = getContent();
        examples.addClassName("examples");
        EXAMPLES.forEach(example -> {
            var chip = new Button(example, click -> onPick.accept(example));
            chip.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_SMALL);
            chip.addClassName("example-chip");
            examples.add(chip);
        });
    }
}
