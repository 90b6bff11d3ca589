package com.sitewright.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class AiImageServiceTest {

    @Test
    void onlyTheGptImageModelsLeaveTheResponseFormatOut() {
        assertThat(AiImageService.alwaysBase64("gpt-image-1-mini")).isTrue();
        assertThat(AiImageService.alwaysBase64("GPT-IMAGE-1")).isTrue();
        assertThat(AiImageService.alwaysBase64("dall-e-3")).isFalse();
        assertThat(AiImageService.alwaysBase64("flux-schnell")).isFalse();
    }

    @Test
    void theAltTextIsTheStartOfThePromptAndThePromptKeepsTextOut() {
        String alt = ModelPrompts.imageSubject("Oat Flat White", false);
        String prompt = ModelPrompts.image(alt, "Menu item", "Bean & Leaf", false);
        assertThat(alt).isEqualTo("Photograph of Oat Flat White");
        assertThat(prompt)
                .startsWith(alt + " (menu item), for the website of Bean & Leaf.")
                .contains("No text");
        assertThat(ModelPrompts.imageSubject("Ada Byrne", true)).isEqualTo("Portrait photograph of Ada Byrne");
        assertThat(ModelPrompts.imageSubject(" ", false)).isEqualTo("Photograph of the subject");
    }

    @Test
    void aTimeoutSaysWhichSettingToRaise() {
        var timeout = new RuntimeException("call failed", new InterruptedIOException("timeout"));
        AiGenerationException explained = AiImageService.explain(timeout, Duration.ofSeconds(2));
        assertThat(explained.getMessage())
                .isEqualTo("The image model did not answer within 2 s (sitewright.ai.images.timeout).");
        assertThat(explained.isTransient()).isTrue();
    }

    @Test
    void picturesArePricedByTheLongestModelNameTheyStartWith() {
        var images = new AiSettings.Images(
                "gpt-image-1-mini",
                "",
                "1536x1024",
                "",
                24,
                4,
                Duration.ofSeconds(120),
                2,
                DataSize.ofMegabytes(10),
                16_777_216,
                Map.of("gpt-image-1", new BigDecimal("0.063"), "gpt-image-1-mini", new BigDecimal("0.015")));
        assertThat(images.priceOf("gpt-image-1-mini")).contains(new BigDecimal("0.015"));
        assertThat(images.priceOf("gpt-image-1-mini-2025-10-06")).contains(new BigDecimal("0.015"));
        assertThat(images.priceOf("gpt-image-1")).contains(new BigDecimal("0.063"));
        assertThat(images.priceOf("dall-e-3")).isEmpty();
    }
}
