package com.sitewright.base;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Where the studio itself can be reached from this machine, for the site servers it starts. */
@Component
public class StudioAddress {

    private volatile int port = -1;

    @EventListener
    void onStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    /** The studio's base URL on the loopback interface, e.g. {@code http://127.0.0.1:8080}. */
    public String loopbackUrl() {
        if (port < 0) {
            throw new IllegalStateException("The studio's web server has not started yet");
        }
        return "http://127.0.0.1:" + port;
    }
}
