package com.sitewright.release.preview;

import java.util.UUID;

/** A preview has been built and its server answers. */
public record PreviewReadyEvent(UUID projectId, UUID previewId) {}
