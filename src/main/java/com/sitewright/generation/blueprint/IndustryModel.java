package com.sitewright.generation.blueprint;

/** An industry's contribution to the shared model: its own types and the vocabulary its copy comes from. */
interface IndustryModel {

    Industry industry();

    /**
     * Lists the shared types write from: headline, heading, sentence, bullet, tagline, cta, feature
     * ("Title||Description"), page, campaign, photoSubject, photoSetting, faq
     * ("category||Question||Answer"), quote and nav ("Label||/path"); plus bio for
     * {@link SharedTypes#person}, and reviewHeadline ("rating||Headline"), reviewPositive, reviewMixed
     * and reviewCritical for {@link SharedTypes#review}. Entries are extended by the common vocabulary.
     */
    Vocabulary vocabulary();

    /** Adds the industry's types; must call {@link ModelBuilder#primary(String)}. */
    void contribute(ModelBuilder model);
}
