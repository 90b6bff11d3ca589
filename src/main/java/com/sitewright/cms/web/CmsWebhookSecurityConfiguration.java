package com.sitewright.cms.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * A CMS calls its project's webhook without a user's credentials, and without a browser (so no cross-site check
 * applies): the call reaches the receiver, which refuses it unless the project's secret or the vendor's signature
 * holds. Only this one address and method; the rest of the API keeps its sign-in.
 */
@Configuration(proxyBeanMethods = false)
class CmsWebhookSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain cmsWebhookSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults()
                        .matcher(HttpMethod.POST, "/api/v1/projects/{projectId}/cms-webhooks/{provider}"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }
}
