package com.sitewright.llm;

import com.sitewright.base.JobApi;
import com.sitewright.project.ModelUsage;
import com.sitewright.project.ProjectJobs;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tokens and estimated cost of every call to the model, per call, per run and per project. Each call is
 * recorded as soon as its answer arrives, whatever becomes of the answer: an unusable answer cost as much. People
 * see the totals on their project; this is for the model clients and the runs that make the calls.
 */
@Service
@JobApi
public class AiUsageService {

    private final AiUsageRepository usage;
    private final Clock clock;
    private final ProjectJobs projects;
    private final AiSettings settings;

    AiUsageService(AiUsageRepository usage, ProjectJobs projects, AiSettings settings, Clock clock) {
        this.clock = clock;
        this.usage = usage;
        this.projects = projects;
        this.settings = settings;
    }

    /** What the run's model calls used. */
    @Transactional(readOnly = true)
    public ModelUsage runTotals(UUID runId) {
        return usage.totalsOfRun(runId);
    }

    /** For the image client: records one picture the model returned, at its configured price per picture. */
    @Transactional
    public void recordImage(AiCall call, String model) {
        var price = settings.images().priceOf(model);
        BigDecimal cost = price.orElse(BigDecimal.ZERO);
        usage.save(new AiUsage(call, model, 0, 0, cost, price.isPresent(), clock.instant()));
        projects.addUsage(call.projectId(), price.isPresent(), 0, 0, cost);
    }

    /** How many pictures the image model has made for the project so far, over all its runs. */
    @Transactional(readOnly = true)
    public long imageCalls(UUID projectId) {
        return usage.imageCallsOf(projectId);
    }

    /** For the AI service: records one call and adds it to its project's totals in the same transaction. */
    @Transactional
    public void record(AiCall call, String model, long promptTokens, long completionTokens) {
        boolean priced = settings.priceOf(model).isPresent();
        BigDecimal cost = settings.costOf(model, promptTokens, completionTokens);
        usage.save(new AiUsage(call, model, promptTokens, completionTokens, cost, priced, clock.instant()));
        projects.addUsage(call.projectId(), priced, promptTokens, completionTokens, cost);
    }
}
