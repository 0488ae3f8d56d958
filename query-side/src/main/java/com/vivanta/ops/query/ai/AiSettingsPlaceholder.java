package com.vivanta.ops.query.ai;

import com.vivanta.ops.api.ai.AiProviderKind;
import com.vivanta.ops.api.ai.AiSettings;
import com.vivanta.ops.api.ai.FindAiSettingsQuery;
import java.time.Duration;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** PLACEHOLDER until the AI configuration branch lands: built-in settings, or an OpenAI endpoint for tests. */
@Component
class AiSettingsPlaceholder {

    @Value("${placeholder.ai.base-url:}")
    private String baseUrl;
    @Value("${placeholder.ai.timeout:2s}")
    private Duration timeout;

    @QueryHandler
    AiSettings handle(FindAiSettingsQuery query) {
        boolean remote = !baseUrl.isBlank();
        return new AiSettings(query.capability(), true, remote ? AiProviderKind.OPENAI : AiProviderKind.LOCAL,
                              remote ? "gpt-test" : "local-rules-v1", remote ? baseUrl : null, timeout, "BUILT_IN",
                              null, new AiSettings.PromptTemplate(null, "builtin." + query.capability(), 1,
                                                                  "Return JSON only.", "Input: {{inputJson}}",
                                                                  "BUILT_IN"));
    }
}
