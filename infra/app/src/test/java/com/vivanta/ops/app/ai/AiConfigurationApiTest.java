package com.vivanta.ops.app.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiProviderKind;
import com.vivanta.ops.api.ai.AiSettings;
import com.vivanta.ops.api.ai.FindAiSettingsQuery;
import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import com.vivanta.ops.command.ai.config.AiProviderKeys;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The AI configuration over HTTP: an organization's {@code ai.admin} manages its own provider configurations
 * and prompt templates, only the platform operator the global ones, and nobody sees another organization's.
 *
 * <p>All HTTP tests share one database, so global settings made here are visible to every other test: they
 * are made for GENERAL only, with the built-in provider's own values, and global templates made here are
 * deactivated afterwards. CASE_ASSIST and APPROVAL_ASSIST are never configured globally by this test.
 */
class AiConfigurationApiTest extends ApiTest {

    private static final String CONFIGS = "/api/v1/ai/provider-configs";
    private static final String TEMPLATES = "/api/v1/ai/prompt-templates";
    private static final String CAPABILITIES = "/api/v1/ai/capabilities";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private AiProviderKeys keys;
    @Autowired
    private QueryGateway queryGateway;

    private Tenant tenant;
    private Member admin;
    private Member operator;
    private final List<String> answers = new ArrayList<>();
    private final List<String> globalTemplates = new ArrayList<>();

    @BeforeEach
    void aTenant() {
        tenant = tenants.newTenant();
        admin = tenant.admin();
        operator = tenants.member(tenant, "operations");
    }

    /** Global templates made by a test must not change what other tests resolve. */
    @AfterEach
    void deactivateGlobalTemplates() {
        for (String id : globalTemplates) {
            as(tenants.platformOperator()).body(Map.of("active", false)).patch(TEMPLATES + "/" + id)
                                          .then().statusCode(200);
        }
    }

    /** Every answer is kept, to check afterwards that no key ever left the server. */
    private ValidatableResponse recorded(Response response) {
        answers.add(response.asString());
        return response.then();
    }

    private ValidatableResponse post(Member member, String path, Map<String, ?> body) {
        return recorded(as(member).body(body).post(path));
    }

    private ValidatableResponse patch(Member member, String path, Map<String, ?> body) {
        return recorded(as(member).body(body).patch(path));
    }

    private ValidatableResponse get(Member member, String path) {
        return recorded(as(member).get(path));
    }

    private static Map<String, Object> openAi(String capability, String model, String apiKey) {
        Map<String, Object> body = new HashMap<>(Map.of("capability", capability, "provider", "OPENAI",
                                                        "model", model, "baseUrl", "https://llm.example.test/v1",
                                                        "timeoutSeconds", 20));
        if (apiKey != null) {
            body.put("apiKey", apiKey);
        }
        return body;
    }

    private static Map<String, Object> globalGeneral() {
        return Map.of("scope", "GLOBAL", "capability", "GENERAL", "provider", "LOCAL", "model", "local-rules-v1");
    }

    private static Map<String, Object> template(String key, String capability, String system) {
        return Map.of("templateKey", key, "capability", capability, "systemPrompt", system,
                      "userPromptTemplate", "Input (JSON):\n{{inputJson}}\nReturn JSON only.");
    }

    private String configure(Member member, Map<String, ?> body) {
        return post(member, CONFIGS, body).statusCode(oneOf(200, 201))
                                          .extract().path("data.id");
    }

    private String globalTemplate(String key, String system) {
        Map<String, Object> body = new HashMap<>(template(key, "GENERAL", system));
        body.put("scope", "GLOBAL");
        String id = post(tenants.platformOperator(), TEMPLATES, body).statusCode(201).extract().path("data.id");
        globalTemplates.add(id);
        return id;
    }

    private AiSettings settings(Tenant of, AiCapability capability) {
        return queryGateway.query(new FindAiSettingsQuery(of.organizationId(), capability),
                                  ResponseTypes.instanceOf(AiSettings.class)).join();
    }

    @Test
    void anAdministratorConfiguresAProviderAndTheKeyNeverLeavesTheKeyStore() {
        String key = "sk-secret-" + UUID.randomUUID();
        Response created = as(admin).body(openAi("CASE_ASSIST", "gpt-4o-mini", key)).post(CONFIGS);
        String id = recorded(created)
                .statusCode(201)
                .body("data.scope", equalTo("ORGANIZATION"))
                .body("data.organizationId", equalTo(tenant.organizationId().toString()))
                .body("data.capability", equalTo("CASE_ASSIST"))
                .body("data.enabled", equalTo(true))
                .body("data.provider", equalTo("OPENAI"))
                .body("data.model", equalTo("gpt-4o-mini"))
                .body("data.baseUrl", equalTo("https://llm.example.test/v1"))
                .body("data.timeoutSeconds", equalTo(20))
                .body("data.apiKeyConfigured", equalTo(true))
                .body("data", not(hasKey("apiKey")))
                .extract().path("data.id");
        assertThat(created.header("Location")).isEqualTo(CONFIGS + "/" + id);

        get(admin, CONFIGS).statusCode(200).body("data.id", hasItem(id));
        get(admin, CONFIGS + "/" + id).statusCode(200).body("data.apiKeyConfigured", equalTo(true));
        get(operator, CAPABILITIES).statusCode(200);
        patch(admin, CONFIGS + "/" + id, Map.of("model", "gpt-4o", "enabled", false)).statusCode(200)
                .body("data.model", equalTo("gpt-4o"))
                .body("data.enabled", equalTo(false))
                .body("data.apiKeyConfigured", equalTo(true));

        assertThat(keys.keyOf(UUID.fromString(id))).contains(key);
        assertThat(answers).noneMatch(answer -> answer.contains(key));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE "
                                               + "'%AiProviderConfiguredEvent' AND position(convert_to(?, 'UTF8') "
                                               + "IN payload) > 0", Integer.class, id)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE position(convert_to(?, 'UTF8') "
                                               + "IN payload) > 0 OR position(convert_to(?, 'UTF8') IN meta_data) > 0",
                                       Integer.class, key, key)).isZero();
    }

    @Test
    void configuringACapabilityAgainReplacesItUnderTheSameId() {
        String first = post(admin, CONFIGS, openAi("CASE_ASSIST", "gpt-4o-mini", "sk-one")).statusCode(201)
                                                                                           .extract().path("data.id");
        post(admin, CONFIGS, Map.of("capability", "case_assist", "provider", "local", "model", "local-rules-v1"))
                .statusCode(200)
                .body("data.id", equalTo(first))
                .body("data.provider", equalTo("LOCAL"))
                .body("data.baseUrl", nullValue())
                .body("data.timeoutSeconds", equalTo(30))
                .body("data.apiKeyConfigured", equalTo(false));

        get(admin, CONFIGS).statusCode(200)
                .body("data.findAll { it.capability == 'CASE_ASSIST' && it.scope == 'ORGANIZATION' }.size()",
                      equalTo(1));
        assertThat(keys.keyOf(UUID.fromString(first))).isEmpty();
    }

    @Test
    void aKeyIsDroppedWhenTheEndpointChangesWithoutANewOne() {
        String id = configure(admin, openAi("GENERAL", "gpt-4o-mini", "sk-for-llm-example"));
        patch(admin, CONFIGS + "/" + id, Map.of("baseUrl", "https://elsewhere.example.test/v1")).statusCode(200)
                .body("data.baseUrl", equalTo("https://elsewhere.example.test/v1"))
                .body("data.apiKeyConfigured", equalTo(false));
        assertThat(keys.keyOf(UUID.fromString(id))).isEmpty();

        patch(admin, CONFIGS + "/" + id, Map.of("apiKey", "sk-for-elsewhere")).statusCode(200)
                .body("data.apiKeyConfigured", equalTo(true));
        Map<String, Object> clear = new HashMap<>();
        clear.put("apiKey", null);
        patch(admin, CONFIGS + "/" + id, clear).statusCode(200).body("data.apiKeyConfigured", equalTo(false));
    }

    @Test
    void badProviderConfigurationsAreRefusedNamingTheField() {
        post(admin, CONFIGS, Map.of("provider", "OPENAI", "model", "m")).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("capability"));
        post(admin, CONFIGS, Map.of("capability", "DOCUMENT_ANALYSIS", "provider", "LOCAL", "model", "m"))
                .statusCode(400).body("code", equalTo("INVALID_VALUE")).body("errors[0].field", equalTo("capability"));
        post(admin, CONFIGS, Map.of("capability", "GENERAL", "provider", "GEMINI", "model", "m"))
                .statusCode(400).body("code", equalTo("INVALID_VALUE")).body("errors[0].field", equalTo("provider"));
        Map<String, Object> noUrl = openAi("GENERAL", "m", null);
        noUrl.remove("baseUrl");
        post(admin, CONFIGS, noUrl).statusCode(400)
                .body("code", equalTo("INVALID_VALUE")).body("errors[0].field", equalTo("baseUrl"));
        Map<String, Object> ftp = openAi("GENERAL", "m", null);
        ftp.put("baseUrl", "ftp://llm.example.test");
        post(admin, CONFIGS, ftp).statusCode(400).body("errors[0].field", equalTo("baseUrl"));
        Map<String, Object> slow = openAi("GENERAL", "m", null);
        slow.put("timeoutSeconds", 121);
        post(admin, CONFIGS, slow).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("timeoutSeconds"));
        post(admin, CONFIGS, Map.of("capability", "GENERAL", "provider", "LOCAL", "model", "m", "apiKey", "sk-x"))
                .statusCode(400).body("errors[0].field", equalTo("apiKey"));
        post(admin, CONFIGS, Map.of("capability", "GENERAL", "provider", "LOCAL", "model", "m", "settingsJson", "{}"))
                .statusCode(400).body("code", equalTo("UNKNOWN_PROPERTY"));

        String id = configure(admin, openAi("GENERAL", "m", null));
        Map<String, Object> noModel = new HashMap<>();
        noModel.put("model", null);
        patch(admin, CONFIGS + "/" + id, noModel).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("model"));
        patch(admin, CONFIGS + "/" + id, Map.of("timeoutSeconds", 0)).statusCode(400)
                .body("errors.field", hasItem("timeoutSeconds"));
        patch(admin, CONFIGS + "/" + id, Map.of("capability", "CASE_ASSIST")).statusCode(400)
                .body("code", equalTo("UNKNOWN_PROPERTY"));
    }

    @Test
    void onlyAiAdministratorsManageTheConfiguration() {
        String id = configure(admin, openAi("CASE_ASSIST", "m", null));
        String templateId = post(admin, TEMPLATES, template("cases.recommendation", "CASE_ASSIST", "Sys"))
                .statusCode(201).extract().path("data.id");
        for (Member member : List.of(operator, tenants.member(tenant, "finance"))) {
            post(member, CONFIGS, openAi("GENERAL", "m", null)).statusCode(403).body("code", equalTo("FORBIDDEN"));
            patch(member, CONFIGS + "/" + id, Map.of("enabled", false)).statusCode(403);
            get(member, CONFIGS).statusCode(403);
            get(member, CONFIGS + "/" + id).statusCode(403);
            post(member, TEMPLATES, template("cases.other", "CASE_ASSIST", "Sys")).statusCode(403);
            patch(member, TEMPLATES + "/" + templateId, Map.of("active", false)).statusCode(403);
            get(member, TEMPLATES).statusCode(403);
            get(member, TEMPLATES + "/" + templateId).statusCode(403);
            get(member, CAPABILITIES).statusCode(200);
        }
        get(tenants.member(tenant, "owner"), CAPABILITIES).statusCode(403)
                .body("details.requiredPermissions", equalTo(List.of("ai.read", "ai.observe")))
                .body("details.mode", equalTo("any-of"));
    }

    @Test
    void anotherOrganizationsConfigurationIsNotFoundAndNeverListed() {
        String id = configure(admin, openAi("CASE_ASSIST", "m", null));
        String templateId = post(admin, TEMPLATES, template("cases.recommendation", "CASE_ASSIST", "Sys"))
                .statusCode(201).extract().path("data.id");
        Member stranger = tenants.newTenant().admin();

        get(stranger, CONFIGS + "/" + id).statusCode(404).body("code", equalTo("NOT_FOUND"));
        patch(stranger, CONFIGS + "/" + id, Map.of("enabled", false)).statusCode(404);
        get(stranger, TEMPLATES + "/" + templateId).statusCode(404);
        patch(stranger, TEMPLATES + "/" + templateId, Map.of("active", false)).statusCode(404);
        patch(stranger, TEMPLATES + "/" + templateId, Map.of("systemPrompt", "Mine now")).statusCode(404);
        get(stranger, CONFIGS).statusCode(200).body("data.id", not(hasItem(id)))
                .body("data.organizationId", not(hasItem(tenant.organizationId().toString())));
        get(stranger, TEMPLATES).statusCode(200).body("data.id", not(hasItem(templateId)))
                .body("data.organizationId", not(hasItem(tenant.organizationId().toString())));
        get(tenants.platformOperator(), CONFIGS + "/" + id).statusCode(404);
        patch(tenants.platformOperator(), CONFIGS + "/" + id, Map.of("enabled", false)).statusCode(404);
        get(tenants.platformOperator(), CONFIGS).statusCode(200).body("data.id", not(hasItem(id)));

        get(admin, CONFIGS + "/" + id).statusCode(200).body("data.enabled", equalTo(true));
        get(admin, TEMPLATES + "/" + templateId).statusCode(200).body("data.active", equalTo(true));
        get(admin, CONFIGS + "/" + UUID.randomUUID()).statusCode(404);
        get(admin, CONFIGS + "/not-a-uuid").statusCode(400).body("code", equalTo("INVALID_PARAMETER"));
    }

    @Test
    void onlyThePlatformOperatorChangesGlobalConfigurationWhichOrganizationsSeeReadOnly() {
        post(admin, CONFIGS, globalGeneral()).statusCode(403).body("code", equalTo("FORBIDDEN"))
                .body("details.requiredPermissions", equalTo(List.of("platform.admin")));
        Map<String, Object> globalTemplate = new HashMap<>(template("general.assist", "GENERAL", "Sys"));
        globalTemplate.put("scope", "GLOBAL");
        post(admin, TEMPLATES, globalTemplate).statusCode(403);

        Member platform = tenants.platformOperator();
        String id = post(platform, CONFIGS, globalGeneral()).statusCode(oneOf(200, 201))
                .body("data.scope", equalTo("GLOBAL"))
                .body("data.organizationId", nullValue())
                .extract().path("data.id");
        post(platform, CONFIGS, Map.of("capability", "GENERAL", "provider", "LOCAL", "model", "local-rules-v1"))
                .statusCode(403);
        String templateId = globalTemplate("general.assist", "You assist. Never claim certainty.");

        get(admin, CONFIGS).statusCode(200)
                .body("data.find { it.id == '" + id + "' }.scope", equalTo("GLOBAL"));
        get(admin, CONFIGS + "/" + id).statusCode(200).body("data.organizationId", nullValue());
        get(admin, TEMPLATES).statusCode(200).body("data.id", hasItem(templateId));
        patch(admin, CONFIGS + "/" + id, Map.of("enabled", false)).statusCode(403)
                .body("details.requiredPermissions", equalTo(List.of("platform.admin")));
        patch(admin, TEMPLATES + "/" + templateId, Map.of("active", false)).statusCode(403);
        patch(admin, TEMPLATES + "/" + templateId, Map.of("systemPrompt", "Taken over")).statusCode(403);

        patch(platform, CONFIGS + "/" + id, Map.of("timeoutSeconds", 30)).statusCode(200)
                .body("data.enabled", equalTo(true)).body("data.timeoutSeconds", equalTo(30));
        patch(platform, TEMPLATES + "/" + templateId, Map.of("active", true)).statusCode(200)
                .body("data.active", equalTo(true));
    }

    @Test
    void promptTemplatesAreVersionedAndNeverEditedInPlace() {
        String v1 = post(admin, TEMPLATES, template("cases.recommendation", "CASE_ASSIST", "First"))
                .statusCode(201)
                .body("data.version", equalTo(1))
                .body("data.scope", equalTo("ORGANIZATION"))
                .body("data.active", equalTo(true))
                .body("data.userPromptTemplate", equalTo("Input (JSON):\n{{inputJson}}\nReturn JSON only."))
                .extract().path("data.id");
        String v2 = post(admin, TEMPLATES, template("cases.recommendation", "CASE_ASSIST", "Second"))
                .statusCode(201).body("data.version", equalTo(2)).extract().path("data.id");
        Map<String, Object> taken = new HashMap<>(template("cases.recommendation", "CASE_ASSIST", "Again"));
        taken.put("version", 2);
        post(admin, TEMPLATES, taken).statusCode(409).body("code", equalTo("TEMPLATE_VERSION_EXISTS"))
                .body("details.nextVersion", equalTo(3));

        Response revised = as(admin).body(Map.of("systemPrompt", "Third")).patch(TEMPLATES + "/" + v1);
        String v3 = recorded(revised).statusCode(201)
                .body("data.version", equalTo(3))
                .body("data.systemPrompt", equalTo("Third"))
                .body("data.templateKey", equalTo("cases.recommendation"))
                .extract().path("data.id");
        assertThat(v3).isNotIn(v1, v2);
        assertThat(revised.header("Location")).isEqualTo(TEMPLATES + "/" + v3);
        get(admin, TEMPLATES + "/" + v1).statusCode(200).body("data.systemPrompt", equalTo("First"))
                .body("data.version", equalTo(1));

        patch(admin, TEMPLATES + "/" + v3, Map.of("active", false)).statusCode(200)
                .body("data.id", equalTo(v3)).body("data.active", equalTo(false));
        get(admin, TEMPLATES + "?templateKey=cases.recommendation&active=true").statusCode(200)
                .body("data.version", equalTo(List.of(2, 1)));
        get(admin, TEMPLATES + "?capability=case_assist").statusCode(200)
                .body("data.findAll { it.scope == 'ORGANIZATION' }.version", equalTo(List.of(3, 2, 1)));
    }

    @Test
    void badTemplatesAreRefusedNamingTheField() {
        post(admin, TEMPLATES, template("cases.recommendation", "DOCUMENT_ANALYSIS", "Sys")).statusCode(400)
                .body("code", equalTo("INVALID_VALUE")).body("errors[0].field", equalTo("capability"));
        post(admin, TEMPLATES, template("Cases Recommendation", "CASE_ASSIST", "Sys")).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("templateKey"));
        post(admin, TEMPLATES, template("cases.recommendation", "CASE_ASSIST", " ")).statusCode(400)
                .body("errors.field", hasItem("systemPrompt"));
        Map<String, Object> skipping = new HashMap<>(template("cases.recommendation", "CASE_ASSIST", "Sys"));
        skipping.put("version", 5);
        post(admin, TEMPLATES, skipping).statusCode(400).body("errors[0].field", equalTo("version"));
        String id = post(admin, TEMPLATES, template("cases.recommendation", "CASE_ASSIST", "Sys"))
                .statusCode(201).extract().path("data.id");
        post(admin, TEMPLATES, template("cases.recommendation", "GENERAL", "Sys")).statusCode(409)
                .body("code", equalTo("TEMPLATE_CAPABILITY_MISMATCH"));
        patch(admin, TEMPLATES + "/" + id, Map.of("version", 7)).statusCode(400)
                .body("code", equalTo("UNKNOWN_PROPERTY"));
        Map<String, Object> noActive = new HashMap<>();
        noActive.put("active", null);
        patch(admin, TEMPLATES + "/" + id, noActive).statusCode(400).body("errors.field", hasItem("active"));
        get(admin, TEMPLATES + "?capability=NOPE").statusCode(400).body("code", equalTo("INVALID_PARAMETER"));
    }

    @Test
    void withNothingConfiguredTheBuiltInLocalProviderAndTemplatesServe() {
        get(operator, CAPABILITIES).statusCode(200)
                .body("data.capability", equalTo(List.of("CASE_ASSIST", "APPROVAL_ASSIST", "GENERAL")))
                .body("data.find { it.capability == 'APPROVAL_ASSIST' }.source", equalTo("BUILT_IN"))
                .body("data.find { it.capability == 'APPROVAL_ASSIST' }.enabled", equalTo(true))
                .body("data.find { it.capability == 'APPROVAL_ASSIST' }.provider", equalTo("LOCAL"))
                .body("data.find { it.capability == 'APPROVAL_ASSIST' }.model", equalTo("local-rules-v1"))
                .body("data.find { it.capability == 'APPROVAL_ASSIST' }.configId", nullValue())
                .body("data.find { it.capability == 'APPROVAL_ASSIST' }.templateKey",
                      equalTo("invoices.approval_routing"))
                .body("data.find { it.capability == 'APPROVAL_ASSIST' }.templateSource", equalTo("BUILT_IN"));

        AiSettings caseAssist = settings(tenant, AiCapability.CASE_ASSIST);
        assertThat(caseAssist.source()).isEqualTo("BUILT_IN");
        assertThat(caseAssist.provider()).isEqualTo(AiProviderKind.LOCAL);
        assertThat(caseAssist.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(caseAssist.template().templateKey()).isEqualTo("cases.recommendation");
        assertThat(caseAssist.template().version()).isEqualTo(1);
        assertThat(caseAssist.template().systemPrompt()).contains("recommendedCaseType", "recommendedNextActions",
                                                                  "non-authoritative", "Never claim certainty");
        assertThat(caseAssist.template().userPromptTemplate()).contains("{{inputJson}}");
    }

    @Test
    void theOrganizationsOwnSettingsBeatTheGlobalOnesWhichBeatTheBuiltIn() {
        String globalConfig = configure(tenants.platformOperator(), globalGeneral());
        String globalTemplate = globalTemplate("general.assist", "Global prompt. Never claim certainty.");
        Tenant bystander = tenants.newTenant();

        AiSettings fallback = settings(bystander, AiCapability.GENERAL);
        assertThat(fallback.source()).isEqualTo("GLOBAL");
        assertThat(fallback.configId()).hasToString(globalConfig);
        assertThat(fallback.template().source()).isEqualTo("GLOBAL");
        assertThat(fallback.template().templateId()).hasToString(globalTemplate);

        String own = configure(admin, openAi("GENERAL", "gpt-4o-mini", null));
        String ownTemplate = post(admin, TEMPLATES, template("general.custom", "GENERAL", "Own prompt"))
                .statusCode(201).extract().path("data.id");
        AiSettings mine = settings(tenant, AiCapability.GENERAL);
        assertThat(mine.source()).isEqualTo("ORGANIZATION");
        assertThat(mine.configId()).hasToString(own);
        assertThat(mine.provider()).isEqualTo(AiProviderKind.OPENAI);
        assertThat(mine.baseUrl()).isEqualTo("https://llm.example.test/v1");
        assertThat(mine.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(mine.template().source()).isEqualTo("ORGANIZATION");
        assertThat(mine.template().templateId()).hasToString(ownTemplate);
        get(operator, CAPABILITIES).statusCode(200)
                .body("data.find { it.capability == 'GENERAL' }.source", equalTo("ORGANIZATION"))
                .body("data.find { it.capability == 'GENERAL' }.configId", equalTo(own))
                .body("data.find { it.capability == 'GENERAL' }.templateSource", equalTo("ORGANIZATION"));
        assertThat(settings(bystander, AiCapability.GENERAL).source()).isEqualTo("GLOBAL");

        // Disabled stays the organization's decision; an inactive template gives way to the global one.
        patch(admin, CONFIGS + "/" + own, Map.of("enabled", false)).statusCode(200);
        patch(admin, TEMPLATES + "/" + ownTemplate, Map.of("active", false)).statusCode(200);
        AiSettings disabled = settings(tenant, AiCapability.GENERAL);
        assertThat(disabled.source()).isEqualTo("ORGANIZATION");
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.template().source()).isEqualTo("GLOBAL");
    }

    @Test
    void theHighestActiveVersionOfTheOrganizationIsUsed() {
        post(admin, TEMPLATES, template("cases.recommendation", "CASE_ASSIST", "One")).statusCode(201);
        String two = post(admin, TEMPLATES, template("cases.recommendation", "CASE_ASSIST", "Two"))
                .statusCode(201).extract().path("data.id");
        assertThat(settings(tenant, AiCapability.CASE_ASSIST).template().systemPrompt()).isEqualTo("Two");
        patch(admin, TEMPLATES + "/" + two, Map.of("active", false)).statusCode(200);
        AiSettings settings = settings(tenant, AiCapability.CASE_ASSIST);
        assertThat(settings.template().systemPrompt()).isEqualTo("One");
        assertThat(settings.template().version()).isEqualTo(1);
        assertThat(settings.source()).isEqualTo("BUILT_IN");
        get(admin, CAPABILITIES).statusCode(200)
                .body("data.find { it.capability == 'CASE_ASSIST' }.templateVersion", equalTo(1))
                .body("data.find { it.capability == 'CASE_ASSIST' }.templateSource", equalTo("ORGANIZATION"));
    }
}
