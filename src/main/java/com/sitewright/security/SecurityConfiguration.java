package com.sitewright.security;

import com.sitewright.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The REST API: stateless, HTTP Basic or personal tokens, 401/403 as problem documents. */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenService tokens, SignInThrottle throttle)
            throws Exception {
        var entryPoint = new ProblemAuthenticationEntryPoint();
        AccessDeniedHandler denied = (request, response, exception) -> {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("""
                    {"type":"about:blank","title":"Forbidden","status":403,\
                    "detail":"Your role does not allow this."}""");
        };
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                // Before any credentials are read: a request another site forged is refused whoever it signs in as.
                .addFilterBefore(new CrossSiteRequestFilter(), BasicAuthenticationFilter.class)
                .addFilterBefore(
                        new BearerTokenFilter(
                                secret -> tokens.authenticate(secret)
                                        .map(principal -> UsernamePasswordAuthenticationToken.authenticated(
                                                principal, null, principal.getAuthorities())),
                                entryPoint,
                                throttle),
                        BasicAuthenticationFilter.class)
                .build();
    }

    /** The studio UI: Vaadin's form login; sessions are registered so that disabling a user ends theirs. */
    @Bean
    @Order(2)
    SecurityFilterChain studioSecurity(HttpSecurity http, SessionRegistry sessions) throws Exception {
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles/**").permitAll());
        http.sessionManagement(session -> session.maximumSessions(-1)
                .sessionRegistry(sessions)
                .expiredSessionStrategy(StudioSessions::refuseExpired));
        // Vaadin denies every request that none of its rules matches, and an address with no route matches none:
        // a signed-in user got a bare 403 before the router could show the not-found view. Being signed in is
        // enough to reach the router, whose access checks still guard every view; signed out still means sign in.
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class).anyRequest(request -> request.authenticated()));
        // After Vaadin's configurer, so that its login view (not Spring's generated page) is the login page.
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler()));
        return http.build();
    }
}
