package com.sitewright.llm;

import java.util.concurrent.TimeUnit;
import org.springframework.ai.openai.http.okhttp.OpenAiHttpClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A short connect timeout for the model's endpoint. Spring AI sets only the whole call's timeout
 * ({@code OPENAI_TIMEOUT}), and the client's default connect timeout is a minute: an unreachable host would
 * hold a run for minutes across the client's retries. The read timeout stays the call's timeout, since a
 * non-streamed answer sends nothing until it is complete.
 */
@Configuration(proxyBeanMethods = false)
class AiHttpConfiguration {

    @Bean
    OpenAiHttpClientBuilderCustomizer shortConnectTimeout(AiSettings settings) {
        int millis = (int) Math.max(1, settings.connectTimeout().toMillis());
        return builder -> builder.interceptor(
                chain -> chain.withConnectTimeout(millis, TimeUnit.MILLISECONDS).proceed(chain.request()));
    }
}
