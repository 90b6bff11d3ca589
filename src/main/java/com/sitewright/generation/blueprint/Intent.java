package com.sitewright.generation.blueprint;

import com.sitewright.project.CmsType;
import java.util.List;
import java.util.Objects;
import org.springframework.modulith.NamedInterface;

/**
 * What a prompt asks for.
 *
 * @param requestedScale number of items asked for (already clamped), or {@code null} when the prompt names none
 * @param scaleTarget    the noun the scale was given for, as written ("products", "blog posts"), or {@code null}
 * @param notices        things to tell the user, such as a clamped scale or an unrecognised industry
 * @param seed           stable seed derived from the prompt; the same prompt always yields the same site
 * @param subject        what the business is, in words ("coffee shop", or "dog grooming salon" for GENERIC)
 * @param things         the kinds of content the prompt names, singular and lowercase ("teacher bio",
 *                       "retreat schedule"); the model gets a type for each one its base lacks
 * @param place          where the business is, as written ("Bristol", "the Alps"), or {@code null}
 */
@NamedInterface("intent")
public record Intent(
        Industry industry,
        String siteName,
        CmsType cmsType,
        Long requestedScale,
        String scaleTarget,
        List<String> notices,
        long seed,
        String subject,
        List<String> things,
        String place) {

    public Intent {
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(siteName, "siteName");
        cmsType = cmsType == null ? CmsType.STUDIO : cmsType;
        notices = notices == null ? List.of() : List.copyOf(notices);
        subject = subject == null || subject.isBlank() ? industry.subject() : subject;
        things = things == null ? List.of() : List.copyOf(things);
        place = place == null || place.isBlank() ? null : place;
    }

    /** An intent that names no content of its own and no place: the industry's model as it is. */
    public Intent(
            Industry industry,
            String siteName,
            CmsType cmsType,
            Long requestedScale,
            String scaleTarget,
            List<String> notices,
            long seed,
            String subject) {
        this(industry, siteName, cmsType, requestedScale, scaleTarget, notices, seed, subject, List.of(), null);
    }

    public Intent withNotices(List<String> newNotices) {
        return new Intent(
                industry, siteName, cmsType, requestedScale, scaleTarget, newNotices, seed, subject, things, place);
    }
}
