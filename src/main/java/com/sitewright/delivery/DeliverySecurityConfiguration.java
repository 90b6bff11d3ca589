package com.sitewright.delivery;

import com.sitewright.security.BearerTokenFilter;
import com.sitewright.security.ProblemAuthenticationEntryPoint;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The delivery API is read by generated sites, not people: stateless, read-only, authorised by a
 * project's delivery token, and answered with ETags so unchanged content costs a 304.
 */
@Configuration(proxyBeanMethods = false)
class DeliverySecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain deliverySecurity(HttpSecurity http, DeliveryTokenService tokens) throws Exception {
        var entryPoint = new ProblemAuthenticationEntryPoint("Send a delivery token: Authorization: Bearer swd_…");
        return http.securityMatcher("/delivery/**")
                // Every endpoint here only reads: another method reaches them to be answered 405 with Allow.
                // Published images by content address are public: browsers load them straight from the page.
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/delivery/v1/*/files/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/delivery/v1/*/files/*")
                        .permitAll()
                        .anyRequest()
                        .hasRole(DeliveryPrincipal.ROLE))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint))
                .addFilterBefore(
                        new BearerTokenFilter(
                                secret -> tokens.authenticate(secret)
                                        .map(principal -> UsernamePasswordAuthenticationToken.authenticated(
                                                principal,
                                                null,
                                                List.of(new SimpleGrantedAuthority("ROLE_" + DeliveryPrincipal.ROLE)))),
                                entryPoint),
                        AnonymousAuthenticationFilter.class)
                .build();
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> deliveryEtags() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.setUrlPatterns(List.of("/delivery/*"));
        registration.setName("deliveryEtags");
        return registration;
    }
}
