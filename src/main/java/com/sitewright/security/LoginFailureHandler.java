package com.sitewright.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A wrong password on the login page returns to it with its error shown; a paused sign-in answers 429 with
 * {@code Retry-After} and a page that says how long to wait (the login form posts natively, so the browser
 * shows this page as it is).
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final AuthenticationFailureHandler wrongPassword =
            new SimpleUrlAuthenticationFailureHandler("/login?error");

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (!(failure instanceof SignInThrottledException paused)) {
            wrongPassword.onAuthenticationFailure(request, response, failure);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(paused.retryAfterSeconds()));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Too many sign-in attempts · Sitewright</title>
                <style>
                  body{margin:0;min-height:100vh;display:grid;place-items:center;background:#f5f6f8;color:#1a2233;
                       font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
                  main{max-width:28rem;margin:1rem;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 2px 12px #0002}
                  h1{font-size:1.4rem;margin:0 0 .75rem} a{color:#1864d6;font-weight:600}
                </style></head>
                <body><main role="alert">
                <h1>Too many sign-in attempts</h1>
                <p>%s</p>
                <p>To protect accounts, signing in pauses after several wrong passwords for the same user or from the
                same network.</p>
                <p><a href="login">Back to sign in</a></p>
                </main></body></html>
                """.formatted(paused.getMessage()));
    }
}
