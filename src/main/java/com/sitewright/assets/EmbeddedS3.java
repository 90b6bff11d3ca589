package com.sitewright.assets;

import com.sitewright.base.PrivateFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.filesystem.reference.FilesystemConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An S3 server inside the studio (S3Proxy over files in the data directory), so a fresh machine stores assets
 * through the same S3 protocol and client code as production. It listens on loopback only, with credentials made
 * up for this run.
 */
final class EmbeddedS3 implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedS3.class);

    private final S3Proxy proxy;
    private final BlobStoreContext context;
    private final String accessKey = "studio";
    private final String secretKey = UUID.randomUUID().toString();

    EmbeddedS3(Path directory) throws Exception {
        PrivateFiles.createDirectories(directory);
        Properties properties = new Properties();
        properties.setProperty(
                FilesystemConstants.PROPERTY_BASEDIR, directory.toAbsolutePath().toString());
        context = ContextBuilder.newBuilder("filesystem")
                .credentials(accessKey, secretKey)
                .overrides(properties)
                .build(BlobStoreContext.class);
        proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                // Only the studio calls it; no browser origin is allowed.
                .corsRules(new CrossOriginResourceSharing(List.of(), List.of(), List.of(), List.of(), "false"))
                .build();
        proxy.start();
        log.info("Embedded S3 object store on port {} with data in {}", proxy.getPort(), directory);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    String accessKey() {
        return accessKey;
    }

    String secretKey() {
        return secretKey;
    }

    @Override
    public void close() throws IOException {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IOException("Could not stop the embedded object store", e);
        } finally {
            context.close();
        }
    }
}
