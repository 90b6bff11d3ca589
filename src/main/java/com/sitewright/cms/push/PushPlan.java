package com.sitewright.cms.push;

import java.util.List;

/**
 * What a push writes, as the dry run shows it before anything is written.
 *
 * @param notes       what the CMS cannot express, or expresses differently
 * @param refused     types the CMS cannot take, with why (their items fail)
 * @param typeChanges types the CMS holds with other fields, waiting for confirmation
 */
public record PushPlan(
        PlanCounts types,
        PlanCounts assets,
        PlanCounts items,
        List<String> notes,
        List<String> refused,
        List<TypeChange> typeChanges) {}
