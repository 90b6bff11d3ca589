package com.sitewright.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The composer hands a message to the view once per click, and says under the message why one was refused. */
class ComposerTest {

    private final AtomicInteger sent = new AtomicInteger();
    private final Composer composer = new Composer(sent::incrementAndGet);

    @Test
    void aSuggestionIsPutInToEditNotSent() {
        new ExamplePrompts(composer::suggest)
                .getContent()
                .getChildren()
                .findFirst()
                .map(Button.class::cast)
                .orElseThrow()
                .click();

        assertThat(composer.text()).isEqualTo(ExamplePrompts.EXAMPLES.getFirst());
        assertThat(sent).hasValue(0);
    }

    @Test
    void sendingCallsTheViewAndARefusalShowsUnderTheMessage() {
        Button send = (Button) composer.getContent()
                .getChildren()
                .filter(Button.class::isInstance)
                .findFirst()
                .orElseThrow();
        TextArea prompt = (TextArea) composer.getContent()
                .getChildren()
                .findFirst()
                .orElseThrow()
                .getChildren()
                .findFirst()
                .orElseThrow();
        composer.prepare("Describe the website", "Build");
        assertThat(send.getText()).isEqualTo("Build");
        assertThat(prompt.getPlaceholder()).isEqualTo("Describe the website");

        send.click();
        assertThat(sent).hasValue(1);

        composer.refuse("Say what the website is for.");
        assertThat(prompt.isInvalid()).isTrue();
        assertThat(prompt.getErrorMessage()).isEqualTo("Say what the website is for.");
        send.setEnabled(false);
        composer.ready();
        assertThat(send.isEnabled()).isTrue();
    }
}
