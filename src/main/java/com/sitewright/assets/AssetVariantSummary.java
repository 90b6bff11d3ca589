package com.sitewright.assets;

/** One responsive copy of an image: its size in pixels and bytes, its type, and the sha-256 of its bytes. */
public record AssetVariantSummary(int width, int height, String contentType, long sizeBytes, String sha256) {}
