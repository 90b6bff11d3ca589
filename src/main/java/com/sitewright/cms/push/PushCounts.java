package com.sitewright.cms.push;

/** What a push has done so far, over types, images and items. */
public record PushCounts(int created, int updated, int unchanged, int deleted, int published, int failed) {

    static final PushCounts NONE = new PushCounts(0, 0, 0, 0, 0, 0);
}
