package com.sitewright.cms.push;

import com.sitewright.cms.connection.OpenConnection;
import java.net.http.HttpClient;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

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
        String rate = connection.value("requestsPerSecond");
        return new VendorHttp(client, rate == null ? DEFAULT_RATE : Double.parseDouble(rate), settings, requests);
    }
}
