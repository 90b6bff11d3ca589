package com.sitewright.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which requests a browser on another site could have sent, and so are refused before anyone signs in. */
class CrossSiteRequestFilterTest {

    @ParameterizedTest(name = "{0} {1} Origin={2} Sec-Fetch-Site={3} body={4} -> {5}")
    @CsvSource(nullValues = "-", textBlock = """
            GET,    -,                                 https://evil.example,   cross-site,  0,  200
            POST,   application/json,                  -,                      -,           10, 200
            POST,   application/json; charset=utf-8,   -,                      -,           10, 200
            POST,   text/csv,                          -,                      -,           10, 200
            POST,   application/octet-stream,          -,                      -,           10, 200
            POST,   image/png,                         -,                      -,           10, 200
            POST,   -,                                 -,                      -,           0,  200
            DELETE, -,                                 -,                      -,           -1, 200
            POST,   text/plain,                        -,                      -,           10, 403
            POST,   TEXT/PLAIN;charset=UTF-8,          -,                      -,           10, 403
            PUT,    application/x-www-form-urlencoded, -,                      -,           0,  403
            POST,   multipart/form-data; boundary=x,   -,                      -,           10, 403
            POST,   -,                                 -,                      -,           10, 403
            POST,   not a type,                        -,                      -,           10, 403
            POST,   application/json,                  https://evil.example,   -,           10, 403
            DELETE, -,                                 https://evil.example,   -,           -1, 403
            POST,   application/json,                  null,                   -,           10, 403
            POST,   application/json,                  http://studio.example,  -,           10, 200
            POST,   text/plain,                        http://studio.example,  -,           10, 200
            POST,   application/json,                  -,                      cross-site,  10, 403
            POST,   application/json,                  -,                      same-site,   10, 403
            POST,   application/json,                  http://studio.example,  cross-site,  10, 403
            POST,   application/json,                  -,                      same-origin, 10, 200
            PATCH,  application/json,                  -,                      none,        10, 200
            """)
    void refusesWhatAnotherSiteCouldSend(
            String method, String contentType, String origin, String fetchSite, int contentLength, int status)
            throws Exception {
        var request = new MockHttpServletRequest(method, "/api/v1/projects");
        request.addHeader("Host", "studio.example");
        if (contentType != null) {
            request.setContentType(contentType);
        }
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        if (fetchSite != null) {
            request.addHeader("Sec-Fetch-Site", fetchSite);
        }
        if (contentLength >= 0) {
            request.setContent(new byte[contentLength]);
        }
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        new CrossSiteRequestFilter().doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(chain.getRequest() != null).isEqualTo(status == 200);
        if (status == 403) {
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).contains("Cross-site requests are not accepted");
        }
    }
}
