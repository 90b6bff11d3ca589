package com.sitewright.cms.push;

import com.sitewright.cms.connection.CmsConnectionService.OpenConnection;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import java.net.http.HttpClient;
import java.util.concurrent.atomic.AtomicInteger;

/** The one WebClient pushes share (on the JDK's HTTP client), and a paced {@link VendorHttp} per push. */
@Component
class VendorClients {

    private static final double DEFAULT_RATE = 10;

    private final WebClient client;
    private final PushSettings settings;

    VendorClients(PushSettings settings) {
        this.settings = settings;
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.client = WebClient.builder()
                .clientConnector(new JdkClientHttpConnector(http))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .build();
    }

    VendorHttp http(OpenConnection connection, AtomicInteger requests) {
        return http(connection, requests, java.util.function.DoubleUnaryOperator.identity());
    }

    /** As {@link #http(OpenConnection, AtomicInteger)}, pacing at the rate the vendor derives from the connection's. */
    VendorHttp http(OpenConnection connection, AtomicInteger requests, java.util.function.DoubleUnaryOperator paced) {
        String rate = connection.value("requestsPerSecond");
        double configured = rate == null ? DEFAULT_RATE : Double.parseDouble(rate);
        return new VendorHttp(client, paced.applyAsDouble(configured), settings, requests);
    }
}
