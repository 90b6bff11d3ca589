package com.sitewright.llm;

import com.openai.errors.OpenAIServiceException;
import com.sitewright.base.JobApi;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ai.image.Image;
import org.springframework.ai.image.ImageGeneration;
import org.springframework.ai.image.ImagePrompt;
import org.springframework.ai.image.ImageResponse;
import org.springframework.ai.openai.OpenAiImageModel;
import org.springframework.ai.openai.OpenAiImageOptions;
import org.springframework.ai.openai.http.okhttp.OpenAiHttpClientBuilderCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Pictures from an OpenAI-compatible image model ({@code POST /v1/images/generations}) through Spring AI's
 * {@link OpenAiImageModel}: one picture per call, asked for as base64 in the answer (models of the gpt-image family
 * always answer so and refuse the parameter). Every picture returned is recorded with its price, whatever becomes of
 * it. A picture too large to be decoded safely is refused here, before its bytes are decoded; the caller checks the
 * decoded image itself. The endpoint's refusals, timeouts and other faults end with {@link AiGenerationException}.
 */
@Service
@JobApi
public class AiImageService {

    private static final int MAX_REASON = 300;

    private final @Nullable OpenAiImageModel model;
    private final AiSettings.Images settings;
    private final AiUsageService usage;

    AiImageService(
            AiSettings settings,
            AiUsageService usage,
            List<OpenAiHttpClientBuilderCustomizer> customizers,
            @Value("${spring.ai.openai.api-key:}") String apiKey,
            @Value("${spring.ai.openai.base-url:}") String chatBaseUrl) {
        this.settings = settings.images();
        this.usage = usage;
        boolean configured =
                apiKey != null && !apiKey.isBlank() && !this.settings.model().isEmpty();
        this.model = configured
                ? build(
                        this.settings,
                        apiKey,
                        this.settings.baseUrl().isEmpty()
                                ? chatBaseUrl
                                : this.settings.baseUrl().replaceAll("/+$", "") + "/v1",
                        customizers)
                : null;
    }

    private static OpenAiImageModel build(
            AiSettings.Images images,
            String apiKey,
            String baseUrl,
            List<OpenAiHttpClientBuilderCustomizer> customizers) {
        OpenAiImageOptions.Builder options = OpenAiImageOptions.builder().n(1).size(images.size());
        options.model(images.model());
        options.baseUrl(baseUrl);
        options.apiKey(apiKey);
        options.timeout(images.timeout());
        options.maxRetries(images.maxRetries());
        if (!alwaysBase64(images.model())) {
            options.responseFormat("b64_json");
        }
        if (!images.quality().isEmpty()) {
            options.quality(images.quality());
        }
        return OpenAiImageModel.builder()
                .options(options.build())
                .httpClientBuilderCustomizers(customizers)
                .build();
    }

    /** The gpt-image models answer with base64 only and reject {@code response_format}. */
    static boolean alwaysBase64(String model) {
        return model.toLowerCase(Locale.ROOT).startsWith("gpt-image");
    }

    /** Whether an image model is configured (a model name and an API key). */
    public boolean isConfigured() {
        return model != null;
    }

    public String modelName() {
        return settings.model();
    }

    /** Pictures the model makes for one project, over all its runs. */
    public int maxPerProject() {
        return settings.maxPerProject();
    }

    /** Calls to have under way at once. */
    public int concurrency() {
        return settings.concurrency();
    }

    /** The largest picture accepted, in bytes, and the most pixels. */
    public long maxBytes() {
        return settings.maxBytes().toBytes();
    }

    public long maxPixels() {
        return settings.maxPixels();
    }

    /** Pictures the model has made for the project so far. */
    public long picturesMade(UUID projectId) {
        return usage.imageCalls(projectId);
    }

    /**
     * What to picture.
     *
     * @param title    the item's title
     * @param kind     what the item is ("Menu item", "Location")
     * @param site     whose site it is for ("Bean &amp; Leaf, a coffee shop")
     * @param portrait whether the field shows a person
     */
    public record Subject(String title, String kind, String site, boolean portrait) {}

    /**
     * A picture the model returned.
     *
     * @param bytes   the decoded file, or null when refused
     * @param alt     alt text: what the prompt asked to show
     * @param problem why the picture is refused (the caller draws one instead), or null
     */
    public record Picture(
            byte @Nullable [] bytes, String alt, @Nullable String problem) {}

    /**
     * One picture of the subject.
     *
     * @throws AiGenerationException when the endpoint refuses (4xx), fails or does not answer in time
     */
    public Picture draw(AiCall call, Subject subject) {
        if (model == null) {
            throw new IllegalStateException("No image model is configured");
        }
        String alt = ModelPrompts.imageSubject(subject.title(), subject.portrait());
        String prompt = ModelPrompts.image(alt, subject.kind(), subject.site(), subject.portrait());
        ImageResponse response;
        try {
            response = model.call(new ImagePrompt(prompt));
        } catch (RuntimeException e) {
            throw explain(e, settings.timeout());
        }
        ImageGeneration result = response == null ? null : response.getResult();
        Image image = result == null ? null : result.getOutput();
        if (image == null) {
            return new Picture(null, alt, "the answer held no picture");
        }
        usage.recordImage(call, settings.model());
        String base64 = image.getB64Json();
        if (base64 == null || base64.isBlank()) {
            return new Picture(null, alt, "the answer held an address instead of the picture's bytes");
        }
        // Four characters of base64 make three bytes: a picture over the limit is refused before it is decoded.
        if ((long) base64.length() / 4 * 3 > settings.maxBytes().toBytes() + 3) {
            return new Picture(
                    null,
                    alt,
                    "the picture is larger than " + settings.maxBytes().toMegabytes() + " MB");
        }
        try {
            return new Picture(Base64.getMimeDecoder().decode(base64), alt, null);
        } catch (IllegalArgumentException e) {
            return new Picture(null, alt, "the picture's base64 cannot be decoded");
        }
    }

    /** A sentence that says why the endpoint gave no picture; never includes the key. */
    static AiGenerationException explain(RuntimeException e, Duration timeout) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OpenAIServiceException service) {
                int status = service.statusCode();
                if (status >= 400 && status < 500 && status != 401 && status != 408 && status != 429) {
                    String reason = reason(service);
                    return new AiGenerationException(
                            "The image model refused the request (HTTP " + status
                                    + (reason.isEmpty() ? "" : ": " + reason) + ").",
                            e);
                }
                if (status == 401) {
                    return new AiGenerationException(
                            "The image endpoint rejected the API key (401). Check OPENAI_API_KEY.", e);
                }
                break;
            }
            if (cause instanceof InterruptedIOException) {
                return new AiGenerationException(
                        "The image model did not answer within " + timeout.toSeconds()
                                + " s (sitewright.ai.images.timeout).",
                        e,
                        true);
            }
        }
        AiGenerationException general = ModelClient.explain(e);
        return new AiGenerationException(
                String.valueOf(general.getMessage()).replace("The OpenAI-compatible endpoint", "The image endpoint"),
                e,
                general.isTransient());
    }

    private static java.util.Optional<com.openai.core.JsonValue> field(com.openai.core.JsonValue value, String name) {
        java.util.Optional<java.util.Map<String, com.openai.core.JsonValue>> object = value.asObject();
        return object.map(fields -> fields.get(name));
    }

    private static java.util.Optional<com.openai.core.JsonValue> field(
            java.util.Optional<com.openai.core.JsonValue> value, String name) {
        return value.flatMap(present -> field(present, name));
    }

    /** The error's own message ({"error": {"message": ...}}), shortened. */
    private static String reason(OpenAIServiceException service) {
        try {
            // The client hands over the answer's body or, for OpenAI's shape, the error object inside it.
            java.util.Optional<com.openai.core.JsonValue> text =
                    field(field(service.body(), "error"), "message").or(() -> field(service.body(), "message"));
            String message = text.isPresent() && text.get().asString().isPresent()
                    ? String.valueOf(text.get().asString().get())
                    : service.code().orElse("");
            message = message.replaceAll("\\s+", " ").strip();
            return message.length() > MAX_REASON ? message.substring(0, MAX_REASON) + "…" : message;
        } catch (RuntimeException unreadable) {
            return service.code().orElse("");
        }
    }
}
