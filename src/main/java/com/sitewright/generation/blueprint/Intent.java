package com.sitewright.generation.blueprint;

import com.sitewright.project.CmsType;

import java.util.List;
import java.util.Objects;

/**
 * What a prompt asks for.
 *
 * @param requestedScale number of items asked for (already clamped), or {@code null} when the prompt names none
 * @param scaleTarget    the noun the scale was given for, as written ("products", "blog posts"), or {@code null}
 * @param notices        things to tell the user, such as a clamped scale or an unrecognised industry
 * @param seed           stable seed derived from the prompt; the same prompt always yields the same site
 * @param subject        what the business is, in words ("coffee shop", or "dog grooming salon" for GENERIC)
 */
public record Intent(
        Industry industry,
        String siteName,
        CmsType cmsType,
        Long requestedScale,
        String scaleTarget,
        List<String> notices,
        long seed,
        String subject) {

    public Intent {
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(siteName, "siteName");
        cmsType = cmsType == null ? CmsType.STUDIO : cmsType;
        notices = notices == null ? List.of() : List.copyOf(notices);
        subject = subject == null || subject.isBlank() ? industry.subject() : subject;
    }

    public Intent withNotices(List<String> newNotices) {
        return new Intent(industry, siteName, cmsType, requestedScale, scaleTarget, newNotices, seed, subject);
    }
}
