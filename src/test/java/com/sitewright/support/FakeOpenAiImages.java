package com.sitewright.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenAI's Images API for tests: {@code POST /v1/images/generations} as documented. The body must be a JSON object of
 * the documented parameters only (an unknown one is refused, as OpenAI refuses it); {@code prompt} a non-empty
 * string within the model's length; {@code model} the expected one; {@code n} an integer from 1 to 10 (1 for
 * dall-e-3); {@code size} one the model offers; {@code response_format} {@code url} or {@code b64_json}, and absent
 * for the gpt-image models, which refuse it and always answer in base64. A wrong body gets OpenAI's 400 error shape.
 * A right one gets {@code {"created", "data": [{"b64_json"}], "usage"}} with a PNG of the asked size, or what the
 * test chose instead (pictures repeat after four): damaged bytes, a picture claiming a huge canvas, a content-policy refusal, or a slow answer.
 */
public final class FakeOpenAiImages implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "fake-openai-images";
    public static final String PATH = "/v1/images/generations";

    /** What the fake answers to a valid request. */
    public enum Answer {
        PICTURE,
        DAMAGED,
        HUGE_CANVAS,
        NOT_AN_IMAGE,
        REFUSED,
        SLOW
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> PARAMETERS = Set.of(
            "prompt",
            "model",
            "n",
            "size",
            "quality",
            "response_format",
            "style",
            "user",
            "background",
            "moderation",
            "output_compression",
            "output_format",
            "partial_images",
            "stream");

    /** How long a slow answer takes: longer than the tests' timeout. */
    private static final int SLOW_MILLIS = 40_000;

    private final String model;
    private final Map<String, byte[]> made = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger pictures = new AtomicInteger();
    private final List<JsonNode> bodies = new ArrayList<>();
    private volatile Answer answer = Answer.PICTURE;

    public FakeOpenAiImages(String model) {
        this.model = model;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    public synchronized void reset() {
        answer = Answer.PICTURE;
        bodies.clear();
    }

    public void answer(Answer next) {
        answer = next;
    }

    /** The valid requests received, as their bodies. */
    public synchronized List<JsonNode> requests() {
        return List.copyOf(bodies);
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        JsonNode body;
        try {
            body = JSON.readTree(event.getRequest().getBodyAsString());
        } catch (RuntimeException e) {
            return invalid("We could not parse the JSON body of your request.", null, null)
                    .build();
        }
        String problem = problem(body, event.getRequest().getHeader("Content-Type"));
        if (problem != null) {
            return invalid(problem, null, "invalid_value").build();
        }
        synchronized (this) {
            bodies.add(body);
        }
        return switch (answer) {
            case PICTURE -> picture(png(size(body), pictures.incrementAndGet())).build();
            case DAMAGED -> {
                byte[] png = png(size(body), pictures.incrementAndGet());
                yield picture(Arrays.copyOf(png, png.length * 2 / 3)).build();
            }
            case HUGE_CANVAS -> picture(hugeCanvas()).build();
            case NOT_AN_IMAGE ->
                picture("<html><body>Not a picture</body></html>".getBytes()).build();
            case REFUSED ->
                error(
                                400,
                                "Your request was rejected as a result of our safety system. Your request may "
                                        + "contain content that is not allowed by our safety system.",
                                "image_generation_user_error",
                                "content_policy_violation")
                        .build();
            case SLOW ->
                picture(png(size(body), pictures.incrementAndGet()))
                        .withFixedDelay(SLOW_MILLIS)
                        .build();
        };
    }

    /** What is wrong with the request, by the Images API's documented parameters; null when nothing is. */
    private String problem(JsonNode body, String contentType) {
        if (contentType == null || !contentType.startsWith("application/json")) {
            return "Invalid content type: the body must be JSON.";
        }
        if (!body.isObject()) {
            return "The body must be a JSON object.";
        }
        for (String name : body.propertyNames()) {
            if (!PARAMETERS.contains(name)) {
                return "Unknown parameter: '" + name + "'.";
            }
        }
        JsonNode prompt = body.path("prompt");
        int maxPrompt = model.startsWith("gpt-image") ? 32_000 : model.equals("dall-e-3") ? 4_000 : 1_000;
        if (!prompt.isString()
                || prompt.asString().isBlank()
                || prompt.asString().length() > maxPrompt) {
            return "Invalid 'prompt': a string of 1 to " + maxPrompt + " characters is required.";
        }
        if (!body.path("model").isString() || !body.path("model").asString().equals(model)) {
            return "Invalid 'model': expected '" + model + "', got " + body.path("model") + ".";
        }
        if (body.has("n")
                && (!body.path("n").isIntegralNumber()
                        || body.path("n").asInt() < 1
                        || body.path("n").asInt() > (model.equals("dall-e-3") ? 1 : 10))) {
            return "Invalid 'n': " + body.path("n") + ".";
        }
        List<String> sizes = model.startsWith("gpt-image")
                ? List.of("1024x1024", "1536x1024", "1024x1536", "auto")
                : model.equals("dall-e-3")
                        ? List.of("1024x1024", "1792x1024", "1024x1792")
                        : List.of("256x256", "512x512", "1024x1024");
        if (body.has("size")
                && (!body.path("size").isString()
                        || !sizes.contains(body.path("size").asString()))) {
            return "Invalid 'size': " + body.path("size") + " is not one of " + sizes + ".";
        }
        if (body.has("response_format")) {
            if (model.startsWith("gpt-image")) {
                return "Unknown parameter: 'response_format'.";
            }
            String format = body.path("response_format").asString("");
            if (!format.equals("url") && !format.equals("b64_json")) {
                return "Invalid 'response_format': " + body.path("response_format") + ".";
            }
        }
        return null;
    }

    private static int[] size(JsonNode body) {
        String size = body.path("size").asString("1024x1024");
        if (size.equals("auto")) {
            size = "1024x1024";
        }
        String[] parts = size.split("x");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    private ResponseDefinitionBuilder picture(byte[] bytes) {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("b64_json", Base64.getEncoder().encodeToString(bytes));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("created", System.currentTimeMillis() / 1000);
        answer.put("data", List.of(image));
        answer.put(
                "usage",
                Map.of(
                        "total_tokens",
                        4_180,
                        "input_tokens",
                        20,
                        "output_tokens",
                        4_160,
                        "input_tokens_details",
                        Map.of("text_tokens", 20, "image_tokens", 0)));
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(JSON.writeValueAsString(answer));
    }

    private static ResponseDefinitionBuilder invalid(String message, String param, String code) {
        return error(400, message, "invalid_request_error", code == null ? "invalid_request" : code, param);
    }

    private static ResponseDefinitionBuilder error(int status, String message, String type, String code) {
        return error(status, message, type, code, null);
    }

    private static ResponseDefinitionBuilder error(int status, String message, String type, String code, String param) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("type", type);
        error.put("param", param);
        error.put("code", code);
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(JSON.writeValueAsString(Map.of("error", error)));
    }

    /** A flat picture of the asked size, one of four (made once each: encoding a PNG takes a while). */
    private byte[] png(int[] size, int number) {
        return made.computeIfAbsent(size[0] + "x" + size[1] + "/" + number % 4, key -> draw(size, number % 4));
    }

    private static byte[] draw(int[] size, int number) {
        BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(Color.HSBtoRGB(number * 0.137f, 0.5f, 0.8f)));
        g.fillRect(0, 0, size[0], size[1]);
        g.setColor(new Color(Color.HSBtoRGB(number * 0.137f + 0.5f, 0.6f, 0.5f)));
        g.fillOval(size[0] / 4 + number % 7 * 10, size[1] / 4, size[0] / 2, size[1] / 2);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A few hundred bytes whose header claims 30,000 × 30,000 pixels: decoded, it would take 2.7 GB. */
    private static byte[] hugeCanvas() {
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        byte[] ihdr = ByteBuffer.allocate(17)
                .put("IHDR".getBytes())
                .putInt(30_000)
                .putInt(30_000)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .array();
        png.putInt(13).put(ihdr).putInt(crc(ihdr));
        byte[] end = "IEND".getBytes();
        png.putInt(0).put(end).putInt(crc(end));
        return png.array();
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}
