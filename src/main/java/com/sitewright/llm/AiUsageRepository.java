package com.sitewright.llm;

import com.sitewright.project.ModelUsage;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AiUsageRepository extends JpaRepository<AiUsage, UUID> {

    @Query("""
            select new com.sitewright.project.ModelUsage(cast(count(u) as int),
                   cast(coalesce(sum(case when u.priceKnown = false then 1 else 0 end), 0) as int),
                   coalesce(sum(u.promptTokens), 0), coalesce(sum(u.completionTokens), 0),
                   coalesce(sum(u.costUsd), 0))
            from AiUsage u where u.runId = :runId""")
    ModelUsage totalsOfRun(UUID runId);

    /** Calls to the image model made for a project, whatever became of their pictures. */
    @Query("select count(u) from AiUsage u where u.projectId = :projectId and u.purpose like 'image:%'")
    long imageCallsOf(UUID projectId);
}
