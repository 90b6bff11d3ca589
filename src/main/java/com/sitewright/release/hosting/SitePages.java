package com.sitewright.release.hosting;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The small pages a site address shows when it cannot show the site itself. */
final class SitePages {

    private SitePages() {}

    static void send(HttpExchange exchange, int status, String title, String message) throws IOException {
        byte[] body =
                """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>%s · Sitewright</title>
                <style>
                  body{font-family:system-ui,sans-serif;background:#f6f7f9;color:#1d2430;display:grid;place-items:center;min-height:100vh;margin:0}
                  main{background:#fff;border:1px solid #e3e6eb;border-radius:12px;padding:32px 40px;max-width:32rem;box-shadow:0 4px 16px rgba(0,0,0,.05)}
                  h1{font-size:1.25rem;margin:0 0 .5rem} p{line-height:1.5;margin:0;color:#4a5363} small{display:block;margin-top:1.5rem;color:#8a93a3}
                </style></head>
                <body><main><h1>%s</h1><p>%s</p><small>Sitewright</small></main></body></html>
                """.formatted(escape(title), escape(title), escape(message)).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, "HEAD".equals(exchange.getRequestMethod()) ? -1 : body.length);
        if (!"HEAD".equals(exchange.getRequestMethod())) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
