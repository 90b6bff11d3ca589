package com.sitewright.assets;

import com.sitewright.base.StudioSettings;
import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 client for asset bytes: pointed at the configured store, or at the embedded one when none is. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${sitewright.storage.endpoint:}'.isEmpty()")
    EmbeddedS3 embeddedS3(StudioSettings settings) throws Exception {
        return new EmbeddedS3(settings.dataDir().toAbsolutePath().resolve("objects"));
    }

    @Bean(destroyMethod = "close")
    S3Client s3Client(StorageSettings settings, ObjectProvider<EmbeddedS3> embedded) {
        URI endpoint = settings.endpoint();
        AwsCredentialsProvider credentials;
        EmbeddedS3 store = embedded.getIfAvailable();
        if (store != null) {
            endpoint = store.endpoint();
            credentials =
                    StaticCredentialsProvider.create(AwsBasicCredentials.create(store.accessKey(), store.secretKey()));
        } else if (settings.accessKey() != null && !settings.accessKey().isBlank()) {
            credentials = StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
        } else {
            credentials = DefaultCredentialsProvider.builder().build();
        }
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                // Path-style addresses work with every S3-compatible store; checksums only where a call needs
                // them, since stores other than AWS reject the SDK's default trailing checksums.
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }
}
