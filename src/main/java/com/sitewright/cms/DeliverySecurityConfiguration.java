package com.sitewright.cms;

import com.sitewright.security.ProblemAuthenticationEntryPoint;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import java.io.IOException;
import java.util.List;

/**
 * The delivery API is read by generated sites, not people: stateless, read-only, authorised by a
 * project's delivery token, and answered with ETags so unchanged content costs a 304.
 */
@Configuration(proxyBeanMethods = false)
class DeliverySecurityConfiguration {

    private static final String BEARER = "Bearer ";

    @Bean
    @Order(0)
    SecurityFilterChain deliverySecurity(HttpSecurity http, DeliveryTokenService tokens) throws Exception {
        var entryPoint = new ProblemAuthenticationEntryPoint("Send a delivery token: Authorization: Bearer swd_…");
        return http.securityMatcher("/delivery/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/delivery/**").hasRole(DeliveryPrincipal.ROLE)
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint))
                .addFilterBefore(new DeliveryTokenFilter(tokens, entryPoint), AnonymousAuthenticationFilter.class)
                .build();
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> deliveryEtags() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.setUrlPatterns(List.of("/delivery/*"));
        registration.setName("deliveryEtags");
        return registration;
    }

    /** Turns a bearer delivery token into the project it may read. */
    private static final class DeliveryTokenFilter extends OncePerRequestFilter {

        private final DeliveryTokenService tokens;
        private final ProblemAuthenticationEntryPoint entryPoint;

        DeliveryTokenFilter(DeliveryTokenService tokens, ProblemAuthenticationEntryPoint entryPoint) {
            this.tokens = tokens;
            this.entryPoint = entryPoint;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                chain.doFilter(request, response);
                return;
            }
            var principal = tokens.authenticate(header.substring(BEARER.length()).strip());
            if (principal.isEmpty()) {
                entryPoint.commence(request, response, new BadCredentialsException("Invalid or revoked delivery token"));
                return;
            }
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + DeliveryPrincipal.ROLE))));
            SecurityContextHolder.setContext(context);
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
