package com.sitewright.assets;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where asset bytes are kept: any S3-compatible object store, or, without an endpoint, an S3 server started
 * inside the studio on the data directory.
 *
 * @param endpoint     the store's address (https://s3.eu-west-1.amazonaws.com, an R2 or MinIO URL); empty for the
 *                     embedded store
 * @param region       the signing region
 * @param bucket       the bucket, created on start when it does not exist
 * @param accessKey    access key; empty to use the SDK's default credentials (environment, profile, instance role)
 * @param secretKey    secret key that goes with the access key
 * @param maxAssetSize the largest image accepted
 */
@ConfigurationProperties("sitewright.storage")
public record StorageSettings(
        URI endpoint,
        @DefaultValue("us-east-1") String region,
        @DefaultValue("sitewright-assets") String bucket,
        String accessKey,
        String secretKey,
        @DefaultValue("10MB") DataSize maxAssetSize) {}
