package com.sitewright.modeling;

/** What a saved model change did, in a sentence, and how many items it touched. */
public record ModelChange(String summary, long affectedItems) {}
