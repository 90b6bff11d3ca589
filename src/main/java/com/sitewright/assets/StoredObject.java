package com.sitewright.assets;

/** Bytes in object storage under their content address, with what the image is. */
record StoredObject(String key, String contentType, long sizeBytes, int width, int height, String sha256) {}
