package com.vivanta.ops.command.ai.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiProviderKind;
import com.vivanta.ops.api.ai.AiSettings;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAI-compatible provider against a stub server speaking the chat-completions protocol. */
class OpenAiCompatibleProviderTest {

    private static final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
    private final OpenAiCompatibleProvider provider = new OpenAiCompatibleProvider();
    private final ObjectMapper objectMapper = new ObjectMapper();

    @BeforeAll
    static void start() {
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    /** Each test has a path of its own: a request the timeout test gave up on may still arrive later. */
    private AiRequest request(String path, Duration timeout) {
        AiSettings settings = new AiSettings(AiCapability.CASE_ASSIST, true, AiProviderKind.OPENAI, "gpt-test",
                                             server.baseUrl() + path, timeout, "ORGANIZATION", null,
                                             new AiSettings.PromptTemplate(null, "cases.recommendation", 3,
                                                                           "Return JSON only.", "Case: {{inputJson}}",
                                                                           "ORGANIZATION"));
        return new AiRequest(AiCapability.CASE_ASSIST, settings, "sk-test-secret", "Return JSON only.",
                             "Case: {\"title\":\"Leak\"}", objectMapper.createObjectNode());
    }

    private static String completion(String content) {
        return """
               {"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"gpt-test",
                "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],
                "usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15}}
               """.formatted(new com.fasterxml.jackson.databind.node.TextNode(content).toString());
    }

    @Test
    void sendsThePromptsModelAndKeyAndReturnsTheAnswer() {
        server.stubFor(post(urlEqualTo("/ok/v1/chat/completions"))
                               .willReturn(aResponse().withHeader("Content-Type", "application/json")
                                                      .withBody(completion("{\"confidence\":0.8}"))));

        assertThat(provider.ask(request("/ok", Duration.ofSeconds(5)))).isEqualTo("{\"confidence\":0.8}");

        server.verify(postRequestedFor(urlEqualTo("/ok/v1/chat/completions"))
                              .withHeader("Authorization", equalTo("Bearer sk-test-secret"))
                              .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-test")))
                              .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                              .withRequestBody(matchingJsonPath("$.messages[1].content",
                                                                equalTo("Case: {\"title\":\"Leak\"}")))
                              .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object"))));
    }

    @Test
    void aServerErrorIsAProviderErrorAskedOnlyOnce() {
        server.stubFor(post(urlEqualTo("/failing/v1/chat/completions"))
                               .willReturn(aResponse().withStatus(500).withBody("{\"error\":\"overloaded\"}")));

        assertThatThrownBy(() -> provider.ask(request("/failing", Duration.ofSeconds(5))))
                .isInstanceOfSatisfying(AiProviderFailure.class, failure -> {
                    assertThat(failure.code()).isEqualTo(AiProviderFailure.PROVIDER_ERROR);
                    assertThat(failure.getMessage()).contains("500").doesNotContain("sk-test-secret");
                });
        server.verify(1, postRequestedFor(urlEqualTo("/failing/v1/chat/completions")));
    }

    @Test
    void noAnswerWithinTheTimeoutIsATimeout() {
        server.stubFor(post(urlEqualTo("/slow/v1/chat/completions"))
                               .willReturn(aResponse().withFixedDelay(3000).withHeader("Content-Type",
                                                                                       "application/json")
                                                      .withBody(completion("{}"))));

        assertThatThrownBy(() -> provider.ask(request("/slow", Duration.ofMillis(500))))
                .isInstanceOfSatisfying(AiProviderFailure.class,
                                        failure -> assertThat(failure.code()).isEqualTo(AiProviderFailure.TIMEOUT));
    }

    @Test
    void anUnreachableEndpointIsAProviderError() {
        AiRequest request = request("", Duration.ofSeconds(1));
        AiSettings unreachable = new AiSettings(AiCapability.CASE_ASSIST, true, AiProviderKind.OPENAI, "gpt-test",
                                                "http://127.0.0.1:9", Duration.ofSeconds(1), "ORGANIZATION", null,
                                                request.settings().template());
        assertThatThrownBy(() -> provider.ask(new AiRequest(request.capability(), unreachable, null,
                                                            request.systemPrompt(), request.userPrompt(),
                                                            request.input())))
                .isInstanceOfSatisfying(AiProviderFailure.class, failure -> assertThat(failure.code())
                        .isIn(AiProviderFailure.PROVIDER_ERROR, AiProviderFailure.TIMEOUT));
    }
}
