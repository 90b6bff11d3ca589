package com.sitewright.assets;

import java.io.InputStream;

/** An asset's bytes, to be read once and closed. */
public record AssetContent(AssetSummary asset, InputStream bytes) implements AutoCloseable {

    @Override
    public void close() throws java.io.IOException {
        bytes.close();
    }
}
