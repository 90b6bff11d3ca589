package com.sitewright.benchmark;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sitewright.generation.GenerationProgress;
import com.sitewright.generation.GenerationService;
import com.sitewright.generation.RunState;
import com.sitewright.generation.blueprint.IntentParser;
import com.sitewright.generation.blueprint.OfflineGenerator;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.project.GenerationEngine;
import com.sitewright.project.ProjectService;
import com.sitewright.project.ProjectSummary;
import com.sitewright.security.UserService;
import com.sitewright.support.FakeOpenAi;
import com.sitewright.support.IntegrationTest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The AI engine writing a 2,000-item coffee shop against a fake model (WireMock speaking the chat-completions
 * API) that takes 200 ms per answer, with the default batch size and concurrency. Prints prompt-to-ready time and
 * the studio's own CPU time per item: the JVM's process CPU time minus the CPU time of the fake server's threads
 * (its Jetty pool, which builds the answers), measured over each run. It includes everything else in the studio's
 * JVM (the job, the HTTP client, JSON, validation, JDBC, GC and JIT) and excludes the PostgreSQL server, which is a
 * process of its own. The run is started and followed in-process, as the studio's views do. Run with {@code ./mvnw -Pbenchmark test -Dtest=AiGenerationBenchmark}; the figures are
 * also written to target/benchmark-ai.txt.
 */
@IntegrationTest
class AiGenerationBenchmark {

    private static final String PROMPT = "Build me a coffee shop website using Optimizely SaaS";
    private static final int MODEL_MILLIS = 200;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final FakeOpenAi FAKE = new FakeOpenAi(AiGenerationBenchmark::contentModel);
    private static final WireMockServer OPENAI =
            new WireMockServer(options().dynamicPort().containerThreads(40).extensions(FAKE));

    static {
        OPENAI.start();
        OPENAI.stubFor(
                post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withTransformers(FakeOpenAi.NAME)));
        FAKE.delay(MODEL_MILLIS);
    }

    @DynamicPropertySource
    static void openAi(DynamicPropertyRegistry registry) {
        registry.add("spring.ai.openai.base-url", () -> OPENAI.baseUrl() + "/v1");
        registry.add("spring.ai.openai.api-key", () -> "sk-benchmark");
        registry.add("spring.ai.openai.chat.model", () -> "test-model-mini");
    }

    @AfterAll
    static void stop() {
        OPENAI.stop();
    }

    @Autowired
    GenerationService generation;

    @Autowired
    ProjectService projects;

    @Autowired
    UserService users;

    private final BenchmarkReport report = new BenchmarkReport();

    /** In-process, like the views: polling through HTTP Basic would add a password hash per poll to the studio's CPU. */
    @BeforeEach
    void signIn() {
        BenchmarkReport.signInAsAdmin(users);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void measure() throws Exception {
        report.line(
                "AI engine benchmark — %d cores, Java %s, fake model answering in %d ms",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), MODEL_MILLIS);
        // Two runs first, so that the measured ones see compiled code rather than the JIT at work.
        run("warm-up 1");
        run("warm-up 2");
        List<Double> seconds = new ArrayList<>();
        List<Double> cpuPerItem = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            double[] figures = run("run " + i);
            seconds.add(figures[0]);
            cpuPerItem.add(figures[1]);
        }
        report.line(
                "prompt to ready, 2,000+ items written by the model (median of 3): %.1f s  [target < 60 s]",
                BenchmarkReport.median(seconds));
        report.line("studio CPU per item (median of 3): %.2f ms", BenchmarkReport.median(cpuPerItem));
        report.write("benchmark-ai.txt");
        assertThat(BenchmarkReport.median(seconds)).isLessThan(60);
    }

    /** One coffee shop from prompt to ready: seconds, and studio CPU milliseconds per item. */
    private double[] run(String label) throws InterruptedException {
        long cpuBefore = processCpuNanos();
        long fakeBefore = fakeServerCpuNanos();
        long start = System.nanoTime();
        UUID id = generation.start(PROMPT, null, GenerationEngine.AI).project().id();
        GenerationProgress done = generation.latest(id).orElseThrow();
        while (!done.state().isFinished()) {
            Thread.sleep(100);
            done = generation.latest(id).orElseThrow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long studioCpu = (processCpuNanos() - cpuBefore) - (fakeServerCpuNanos() - fakeBefore);
        assertThat(done.state()).as(String.valueOf(done.error())).isEqualTo(RunState.SUCCEEDED);
        ProjectSummary project = projects.get(id);
        int items = project.contentItems();
        double cpuPerItem = studioCpu / 1e6 / items;
        report.line(
                "%s: %,d items, %d types, %d model calls, prompt to ready %.1f s, studio CPU %.1f s (%.2f ms per item)",
                label, items, project.contentTypes(), project.usage().calls(), seconds, studioCpu / 1e9, cpuPerItem);
        assertThat(items).isGreaterThanOrEqualTo(2000);
        return new double[] {seconds, cpuPerItem};
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the fake server's threads (WireMock's Jetty pool, named "qtp..."); the studio runs on Tomcat. */
    private static long fakeServerCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("qtp")) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    private static String contentModel() {
        List<ContentTypeDefinition> types =
                new OfflineGenerator().plan(new IntentParser().parse(PROMPT)).types();
        return JSON.writeValueAsString(Map.of("types", types));
    }
}
