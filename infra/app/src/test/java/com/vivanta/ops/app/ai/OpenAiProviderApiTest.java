package com.vivanta.ops.app.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code openai} provider against a local stub server speaking the chat-completions protocol: a valid
 * answer makes suggestions; malformed JSON, a server error and a timeout each fail the run and make none.
 */
class OpenAiProviderApiTest extends ApiTest {

    private static final WireMockServer stub = new WireMockServer(wireMockConfig().dynamicPort());
    private static final String VALID_ANSWER = """
            {"recommendedCaseType":"maintenance","recommendedPriority":"high",
             "recommendedNextActions":["create_work_order"],"recommendedWorkflow":"vendor_dispatch",
             "reasoning":"A leak needs a plumber.","confidence":0.83}""";

    private Tenant tenant;
    private Member admin;
    private String caseId;
    private String path;

    @BeforeAll
    static void startStub() {
        stub.start();
    }

    @AfterAll
    static void stopStub() {
        stub.stop();
    }

    /** A case whose automatic (local) suggestions are made, then CASE_ASSIST pointed at the stub. */
    @BeforeEach
    void caseAndRemoteProvider() {
        tenant = tenants.newTenant();
        admin = tenant.admin();
        caseId = as(admin).body(Map.of("caseType", "general", "title", "Leak in 2B", "description", "Water"))
                          .post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> as(admin).get("/api/v1/cases/" + caseId + "/ai-suggestions").then().body("data", hasSize(2)));
        // A path of its own per tenant: an answer a timed-out run gave up on must not be counted elsewhere.
        path = "/" + tenant.slug();
        as(admin).body(Map.of("capability", "CASE_ASSIST", "provider", "OPENAI", "model", "gpt-test",
                              "baseUrl", stub.baseUrl() + path, "timeoutSeconds", 5, "apiKey", "sk-test-key"))
                 .post("/api/v1/ai/provider-configs").then().statusCode(201);
    }

    private void answer(ResponseDefinitionBuilder response) {
        stub.stubFor(post(urlEqualTo(path + "/v1/chat/completions")).willReturn(response));
    }

    private static ResponseDefinitionBuilder completion(String content) {
        return aResponse().withHeader("Content-Type", "application/json").withBody("""
                {"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"gpt-test",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15}}
                """.formatted(new TextNode(content)));
    }

    private ValidatableResponse run() {
        return as(admin).body(Map.of("capability", "CASE_ASSIST", "targetEntityType", "CASE", "targetEntityId", caseId))
                        .post("/api/v1/ai/runs").then().statusCode(201);
    }

    private void assertNoSuggestionFrom(String runId) {
        as(admin).get("/api/v1/ai/runs/" + runId + "/suggestions").then().statusCode(200).body("data", empty());
        as(admin).get("/api/v1/cases/" + caseId + "/ai-suggestions").then().body("data", hasSize(2));
    }

    @Test
    void aValidAnswerMakesSuggestions() {
        answer(completion(VALID_ANSWER));

        String runId = run().body("data.status", equalTo("COMPLETED"))
                            .body("data.provider", equalTo("OPENAI"))
                            .body("data.model", equalTo("gpt-test"))
                            .body("data.confidence", equalTo(0.83f))
                            .body("data.suggestionIds", hasSize(2))
                            .extract().path("data.id");

        as(admin).queryParam("suggestionType", "CASE_CLASSIFICATION").queryParam("status", "PROPOSED")
                 .get("/api/v1/cases/" + caseId + "/ai-suggestions").then()
                 .body("data", hasSize(1))
                 .body("data[0].runId", equalTo(runId))
                 .body("data[0].fields.value", equalTo(java.util.List.of("maintenance", "HIGH")));
        // The local suggestion of the same type gave way to the newer one.
        as(admin).queryParam("suggestionType", "CASE_CLASSIFICATION").queryParam("status", "SUPERSEDED")
                 .get("/api/v1/cases/" + caseId + "/ai-suggestions").then().body("data", hasSize(1));
    }

    @Test
    void malformedJsonFailsTheRunAndMakesNoSuggestion() {
        answer(completion("Sure! The case type is maintenance."));

        String runId = run().body("data.status", equalTo("FAILED"))
                            .body("data.failureCode", equalTo("AI_MALFORMED_OUTPUT"))
                            .body("data.suggestionIds", empty())
                            .extract().path("data.id");
        assertNoSuggestionFrom(runId);
    }

    @Test
    void anAnswerOutsideTheSchemaFailsTheRunToo() {
        answer(completion(VALID_ANSWER.replace("\"high\"", "\"whenever\"")));

        String runId = run().body("data.status", equalTo("FAILED"))
                            .body("data.failureCode", equalTo("AI_MALFORMED_OUTPUT"))
                            .extract().path("data.id");
        assertNoSuggestionFrom(runId);
    }

    @Test
    void aServerErrorFailsTheRunAndMakesNoSuggestion() {
        answer(aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"overloaded\"}}"));

        String runId = run().body("data.status", equalTo("FAILED"))
                            .body("data.failureCode", equalTo("AI_PROVIDER_ERROR"))
                            .extract().path("data.id");
        assertNoSuggestionFrom(runId);
    }

    @Test
    void aTimeoutFailsTheRunAndMakesNoSuggestion() {
        answer(completion(VALID_ANSWER).withFixedDelay(7000));

        String runId = run().body("data.status", equalTo("FAILED"))
                            .body("data.failureCode", equalTo("AI_TIMEOUT"))
                            .extract().path("data.id");
        assertNoSuggestionFrom(runId);
    }

    @Test
    void aFailedRunRetriedOnceTheEndpointRecoversCompletes() {
        answer(aResponse().withStatus(503));
        String runId = run().body("data.status", equalTo("FAILED")).extract().path("data.id");

        answer(completion(VALID_ANSWER));
        as(admin).body(Map.of("reason", "Endpoint is back")).post("/api/v1/ai/runs/" + runId + "/retry")
                 .then().statusCode(202);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> as(admin).get("/api/v1/ai/runs/" + runId).then()
                               .body("data.status", equalTo("COMPLETED"))
                               .body("data.attempt", equalTo(2))
                               .body("data.suggestionIds", hasSize(2)));
    }
}
