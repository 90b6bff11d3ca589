package com.sitewright.assets;

/** Where an image came from: a person's upload, the offline illustration renderer, or an image model. */
public enum AssetOrigin {
    UPLOAD,
    RENDERED,
    MODEL
}
