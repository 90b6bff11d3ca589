package com.sitewright.generation.blueprint;

/** An industry's contribution to the shared model: its own types and the vocabulary its copy comes from. */
interface IndustryModel {

    Industry industry();

    /**
     * The industry's words, from its file in {@code blueprint/}: the lists the shared types write from (headline,
     * heading, sentence, bullet, tagline, cta, page, campaign, photoSubject, photoSetting, quote; bio for
     * {@link SharedTypes#person}; reviewPositive, reviewMixed and reviewCritical for {@link SharedTypes#review}), and
     * the features, FAQs and menu entries. Entries are extended by the common vocabulary.
     */
    Vocabulary vocabulary();

    /** Adds the industry's types; must call {@link ModelBuilder#primary(String)}. */
    void contribute(ModelBuilder model);
}
