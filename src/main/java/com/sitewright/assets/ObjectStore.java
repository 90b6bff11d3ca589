package com.sitewright.assets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Asset bytes in the configured bucket, by key. */
@Component
class ObjectStore {

    private static final Logger log = LoggerFactory.getLogger(ObjectStore.class);

    private final S3Client s3;
    private final String bucket;

    ObjectStore(S3Client s3, StorageSettings settings) {
        this.s3 = s3;
        this.bucket = settings.bucket();
        createBucketIfMissing();
    }

    void put(String key, byte[] bytes, String contentType) {
        s3.putObject(request -> request.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
    }

    ResponseInputStream<GetObjectResponse> open(String key) {
        return s3.getObject(request -> request.bucket(bucket).key(key));
    }

    void delete(String key) {
        s3.deleteObject(request -> request.bucket(bucket).key(key));
    }

    /** Deletes every object whose key starts with the prefix. */
    void deleteAll(String prefix) {
        for (var page :
                s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix))) {
            for (S3Object object : page.contents()) {
                delete(object.key());
            }
        }
    }

    private void createBucketIfMissing() {
        try {
            s3.headBucket(request -> request.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            s3.createBucket(request -> request.bucket(bucket));
            log.info("Created bucket {} for assets", bucket);
        }
    }
}
