package com.sitewright.base.ui;

import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;

/**
 * Uploads held in memory with a limit the server enforces too: the upload widget's own limit is only a check in
 * the browser, which a crafted request skips.
 */
public final class Uploads {

    /** Room for the multipart framing around the file. */
    private static final long REQUEST_OVERHEAD = 64 * 1024;

    private Uploads() {}

    public static InMemoryUploadHandler inMemory(long maxFileBytes, InMemoryUploadCallback callback) {
        return new InMemoryUploadHandler(callback) {
            @Override
            public long getFileSizeMax() {
                return maxFileBytes;
            }

            @Override
            public long getRequestSizeMax() {
                return maxFileBytes + REQUEST_OVERHEAD;
            }
        };
    }
}
