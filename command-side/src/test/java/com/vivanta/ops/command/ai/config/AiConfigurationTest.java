package com.vivanta.ops.command.ai.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiPromptTemplateActivatedEvent;
import com.vivanta.ops.api.ai.AiPromptTemplateDeactivatedEvent;
import com.vivanta.ops.api.ai.AiPromptTemplateVersionCreatedEvent;
import com.vivanta.ops.api.ai.AiProviderConfigChange;
import com.vivanta.ops.api.ai.AiProviderConfiguredEvent;
import com.vivanta.ops.api.ai.AiProviderKind;
import com.vivanta.ops.api.ai.AiScope;
import com.vivanta.ops.api.ai.ConfigureAiProviderCommand;
import com.vivanta.ops.api.ai.CreateAiPromptTemplateCommand;
import com.vivanta.ops.api.ai.ReviseAiPromptTemplateCommand;
import com.vivanta.ops.api.ai.ReviseAiProviderConfigCommand;
import com.vivanta.ops.api.common.ActionNotPermittedException;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.common.RuleViolationException;
import com.vivanta.ops.api.organization.WellKnownOrganizations;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AiConfigurationTest {

    private static final UUID ORG = UUID.randomUUID();
    private static final UUID CONFIGURATION = AiScope.configurationIdOf(ORG);
    private static final String ACTOR = UUID.randomUUID().toString();
    private static final Map<String, Object> AS_MEMBER = Map.of(MessageMetadata.ORGANIZATION_ID, ORG.toString(),
                                                                MessageMetadata.USER_ID, ACTOR);
    private static final Map<String, Object> AS_OUTSIDER = Map.of(MessageMetadata.ORGANIZATION_ID,
                                                                  UUID.randomUUID().toString(),
                                                                  MessageMetadata.USER_ID, ACTOR);
    private static final Map<String, Object> AS_PLATFORM = Map.of(MessageMetadata.ORGANIZATION_ID,
                                                                  WellKnownOrganizations.PLATFORM.toString(),
                                                                  MessageMetadata.USER_ID, ACTOR);
    private static final String URL = "https://llm.example.test/v1";
    private static final String KEY = "sk-test-0123456789";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final UUID configId = UUID.randomUUID();
    private AggregateTestFixture<AiConfiguration> fixture;
    private InMemoryKeys keys;

    /** The key table, in memory: what the aggregate stores and drops is what the test reads back. */
    static final class InMemoryKeys extends AiProviderKeys {

        private final Map<UUID, String> stored = new HashMap<>();

        InMemoryKeys() {
            super(null);
        }

        @Override
        public Optional<String> keyOf(UUID id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        void store(UUID id, String apiKey) {
            stored.put(id, apiKey);
        }

        @Override
        void remove(UUID id) {
            stored.remove(id);
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AiConfiguration.class);
        keys = new InMemoryKeys();
        fixture.registerInjectableResource(keys);
    }

    private ConfigureAiProviderCommand openAi(UUID id, String model, String apiKey) {
        return new ConfigureAiProviderCommand(CONFIGURATION, id, AiCapability.CASE_ASSIST, true,
                                              AiProviderKind.OPENAI, model, URL, TIMEOUT, apiKey);
    }

    private AiProviderConfiguredEvent configured(String model, String baseUrl, boolean keyStored) {
        return configured(AiProviderKind.OPENAI, model, baseUrl, TIMEOUT, keyStored);
    }

    private AiProviderConfiguredEvent configured(AiProviderKind provider, String model, String baseUrl,
                                                 Duration timeout, boolean keyStored) {
        return new AiProviderConfiguredEvent(CONFIGURATION, ORG, AiScope.ORGANIZATION, configId,
                                             AiCapability.CASE_ASSIST, true, provider, model, baseUrl, timeout,
                                             keyStored, ACTOR);
    }

    private ReviseAiProviderConfigCommand revise(AiProviderKind provider, String model, Optional<String> baseUrl,
                                                 Optional<String> apiKey) {
        return new ReviseAiProviderConfigCommand(CONFIGURATION, configId, null, provider, model, baseUrl, null,
                                                 apiKey);
    }

    @Nested
    class ConfiguringAProvider {

        @Test
        void theFirstConfigurationOfACapabilityTakesTheGivenIdAndStoresTheKeyOutsideTheEvent() {
            fixture.givenNoPriorActivity()
                   .when(openAi(configId, "gpt-4o-mini", KEY), AS_MEMBER)
                   .expectEvents(configured("gpt-4o-mini", URL, true))
                   .expectResultMessagePayload(new AiProviderConfigChange(configId, 0));
            assertThat(keys.keyOf(configId)).contains(KEY);
        }

        @Test
        void configuringTheCapabilityAgainReplacesItUnderItsId() {
            keys.store(configId, KEY);
            fixture.given(configured("gpt-4o-mini", URL, true))
                   .when(openAi(UUID.randomUUID(), "gpt-4o", null), AS_MEMBER)
                   .expectEvents(configured("gpt-4o", URL, false))
                   .expectResultMessagePayload(new AiProviderConfigChange(configId, 1));
            assertThat(keys.keyOf(configId)).isEmpty();
        }

        @Test
        void configuringTheSameAgainRecordsNothing() {
            keys.store(configId, KEY);
            fixture.given(configured("gpt-4o-mini", URL, true))
                   .when(openAi(UUID.randomUUID(), "gpt-4o-mini", KEY), AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents()
                   .expectResultMessagePayload(new AiProviderConfigChange(configId, 0));
        }

        @Test
        void aNewKeyAloneIsRecordedWithoutTheKey() {
            keys.store(configId, KEY);
            fixture.given(configured("gpt-4o-mini", URL, true))
                   .when(openAi(UUID.randomUUID(), "gpt-4o-mini", "sk-rotated-key"), AS_MEMBER)
                   .expectEvents(configured("gpt-4o-mini", URL, true));
            assertThat(keys.keyOf(configId)).contains("sk-rotated-key");
        }

        @Test
        void theOpenAiProviderNeedsAnHttpBaseUrl() {
            for (String url : new String[] {null, "ftp://llm.example.test", "not a url", "https://user:pw@host/v1",
                                            "http:///no-host", "https://host/v1?key=1"}) {
                fixture.givenNoPriorActivity()
                       .when(new ConfigureAiProviderCommand(CONFIGURATION, configId, AiCapability.CASE_ASSIST, true,
                                                            AiProviderKind.OPENAI, "m", url, TIMEOUT, null),
                             AS_MEMBER)
                       .expectException(InvalidValueException.class)
                       .expectExceptionMessage(containsString("baseUrl"))
                       .expectNoEvents();
            }
        }

        @Test
        void aPlainHttpEndpointSuchAsALocalOllamaIsAccepted() {
            fixture.givenNoPriorActivity()
                   .when(new ConfigureAiProviderCommand(CONFIGURATION, configId, AiCapability.CASE_ASSIST, true,
                                                        AiProviderKind.OPENAI, "llama3", "http://localhost:11434/v1",
                                                        TIMEOUT, null), AS_MEMBER)
                   .expectEvents(configured("llama3", "http://localhost:11434/v1", false));
        }

        @Test
        void theTimeoutIsWholeSecondsFromOneToOneHundredTwenty() {
            for (Duration timeout : new Duration[] {Duration.ZERO, Duration.ofSeconds(121), Duration.ofMillis(1500),
                                                    null}) {
                fixture.givenNoPriorActivity()
                       .when(new ConfigureAiProviderCommand(CONFIGURATION, configId, AiCapability.CASE_ASSIST, true,
                                                            AiProviderKind.LOCAL, "local-rules-v1", null, timeout,
                                                            null), AS_MEMBER)
                       .expectException(InvalidValueException.class)
                       .expectExceptionMessage(containsString("timeoutSeconds"))
                       .expectNoEvents();
            }
            for (Duration timeout : new Duration[] {Duration.ofSeconds(1), Duration.ofSeconds(120)}) {
                fixture.givenNoPriorActivity()
                       .when(new ConfigureAiProviderCommand(CONFIGURATION, configId, AiCapability.CASE_ASSIST, true,
                                                            AiProviderKind.LOCAL, "local-rules-v1", null, timeout,
                                                            null), AS_MEMBER)
                       .expectEvents(configured(AiProviderKind.LOCAL, "local-rules-v1", null, timeout, false));
            }
        }

        @Test
        void theLocalProviderTakesNeitherAnEndpointNorAKey() {
            fixture.givenNoPriorActivity()
                   .when(new ConfigureAiProviderCommand(CONFIGURATION, configId, AiCapability.CASE_ASSIST, true,
                                                        AiProviderKind.LOCAL, "local-rules-v1", URL, TIMEOUT, null),
                         AS_MEMBER)
                   .expectException(InvalidValueException.class)
                   .expectExceptionMessage(containsString("baseUrl"));
            fixture.givenNoPriorActivity()
                   .when(new ConfigureAiProviderCommand(CONFIGURATION, configId, AiCapability.CASE_ASSIST, true,
                                                        AiProviderKind.LOCAL, "local-rules-v1", null, TIMEOUT, KEY),
                         AS_MEMBER)
                   .expectException(InvalidValueException.class)
                   .expectExceptionMessage(containsString("apiKey"))
                   .expectExceptionMessage(not(containsString(KEY)));
            assertThat(keys.keyOf(configId)).isEmpty();
        }

        @Test
        void aModelIsRequired() {
            fixture.givenNoPriorActivity()
                   .when(openAi(configId, " ", null), AS_MEMBER)
                   .expectException(InvalidValueException.class)
                   .expectExceptionMessage(containsString("model"));
        }

        @Test
        void anotherOrganizationFindsNoConfiguration() {
            fixture.given(configured("gpt-4o-mini", URL, false))
                   .when(openAi(configId, "gpt-4o", null), AS_OUTSIDER)
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
        }

        @Test
        void onlyThePlatformOrganizationChangesTheGlobalConfiguration() {
            ConfigureAiProviderCommand global = new ConfigureAiProviderCommand(
                    AiScope.GLOBAL_CONFIGURATION_ID, configId, AiCapability.GENERAL, true, AiProviderKind.LOCAL,
                    "local-rules-v1", null, TIMEOUT, null);
            fixture.givenNoPriorActivity()
                   .when(global, AS_MEMBER)
                   .expectException(ActionNotPermittedException.class)
                   .expectNoEvents();
            fixture.givenNoPriorActivity()
                   .when(global, AS_PLATFORM)
                   .expectEvents(new AiProviderConfiguredEvent(AiScope.GLOBAL_CONFIGURATION_ID,
                                                               WellKnownOrganizations.PLATFORM, AiScope.GLOBAL,
                                                               configId, AiCapability.GENERAL, true,
                                                               AiProviderKind.LOCAL, "local-rules-v1", null, TIMEOUT,
                                                               false, ACTOR));
        }
    }

    @Nested
    class RevisingAProvider {

        @BeforeEach
        void storedKey() {
            keys.store(configId, KEY);
        }

        @Test
        void aChangeOfModelKeepsTheKey() {
            fixture.given(configured("gpt-4o-mini", URL, true))
                   .when(revise(null, "gpt-4o", null, null), AS_MEMBER)
                   .expectEvents(configured("gpt-4o", URL, true))
                   .expectResultMessagePayload(new AiProviderConfigChange(configId, 1));
            assertThat(keys.keyOf(configId)).contains(KEY);
        }

        @Test
        void aKeyIsNeverSentToAnotherEndpointThanItWasGivenFor() {
            fixture.given(configured("gpt-4o-mini", URL, true))
                   .when(revise(null, null, Optional.of("https://elsewhere.example.test/v1"), null), AS_MEMBER)
                   .expectEvents(configured("gpt-4o-mini", "https://elsewhere.example.test/v1", false));
            assertThat(keys.keyOf(configId)).isEmpty();
        }

        @Test
        void aNewEndpointWithANewKeyKeepsTheNewKey() {
            fixture.given(configured("gpt-4o-mini", URL, true))
                   .when(revise(null, null, Optional.of("https://elsewhere.example.test/v1"), Optional.of("sk-new")),
                         AS_MEMBER)
                   .expectEvents(configured("gpt-4o-mini", "https://elsewhere.example.test/v1", true));
            assertThat(keys.keyOf(configId)).contains("sk-new");
        }

        @Test
        void movingToTheLocalProviderDropsEndpointAndKey() {
            fixture.given(configured("gpt-4o-mini", URL, true))
                   .when(revise(AiProviderKind.LOCAL, "local-rules-v1", null, null), AS_MEMBER)
                   .expectEvents(configured(AiProviderKind.LOCAL, "local-rules-v1", null, TIMEOUT, false));
            assertThat(keys.keyOf(configId)).isEmpty();
        }

        @Test
        void anEmptyKeyClearsIt() {
            fixture.given(configured("gpt-4o-mini", URL, true))
                   .when(revise(null, null, null, Optional.empty()), AS_MEMBER)
                   .expectEvents(configured("gpt-4o-mini", URL, false));
            assertThat(keys.keyOf(configId)).isEmpty();
        }

        @Test
        void clearingTheBaseUrlOfAnOpenAiConfigurationIsRefused() {
            fixture.given(configured("gpt-4o-mini", URL, true))
                   .when(revise(null, null, Optional.empty(), null), AS_MEMBER)
                   .expectException(InvalidValueException.class)
                   .expectExceptionMessage(containsString("baseUrl"))
                   .expectNoEvents();
            assertThat(keys.keyOf(configId)).contains(KEY);
        }

        @Test
        void disablingKeepsEverythingElse() {
            fixture.given(configured("gpt-4o-mini", URL, true))
                   .when(new ReviseAiProviderConfigCommand(CONFIGURATION, configId, false, null, null, null,
                                                           Duration.ofSeconds(5), null), AS_MEMBER)
                   .expectEvents(new AiProviderConfiguredEvent(CONFIGURATION, ORG, AiScope.ORGANIZATION, configId,
                                                               AiCapability.CASE_ASSIST, false, AiProviderKind.OPENAI,
                                                               "gpt-4o-mini", URL, Duration.ofSeconds(5), true,
                                                               ACTOR));
        }

        @Test
        void anUnknownConfigurationIsNotFound() {
            fixture.given(configured("gpt-4o-mini", URL, true))
                   .when(new ReviseAiProviderConfigCommand(CONFIGURATION, UUID.randomUUID(), false, null, null, null,
                                                           null, null), AS_MEMBER)
                   .expectException(NotFoundException.class);
        }

        @Test
        void anotherOrganizationFindsNothingToRevise() {
            fixture.given(configured("gpt-4o-mini", URL, true))
                   .when(revise(null, "gpt-4o", null, null), AS_OUTSIDER)
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class PromptTemplates {

        private final UUID v1 = UUID.randomUUID();
        private final UUID v2 = UUID.randomUUID();

        private CreateAiPromptTemplateCommand create(UUID id, Integer version, AiCapability capability) {
            return new CreateAiPromptTemplateCommand(CONFIGURATION, id, "cases.recommendation", capability, version,
                                                     "System", "Case: {{inputJson}}", true);
        }

        private AiPromptTemplateVersionCreatedEvent created(UUID id, int version, String system, boolean active) {
            return new AiPromptTemplateVersionCreatedEvent(CONFIGURATION, ORG, AiScope.ORGANIZATION, id,
                                                           "cases.recommendation", AiCapability.CASE_ASSIST, version,
                                                           system, "Case: {{inputJson}}", active, ACTOR);
        }

        @Test
        void aNewKeyStartsAtVersionOne() {
            fixture.givenNoPriorActivity()
                   .when(create(v1, null, AiCapability.CASE_ASSIST), AS_MEMBER)
                   .expectEvents(created(v1, 1, "System", true))
                   .expectResultMessagePayload(1);
        }

        @Test
        void creatingAnExistingKeyMakesTheNextVersion() {
            fixture.given(created(v1, 1, "System", true))
                   .when(create(v2, 2, AiCapability.CASE_ASSIST), AS_MEMBER)
                   .expectEvents(created(v2, 2, "System", true))
                   .expectResultMessagePayload(2);
        }

        @Test
        void aVersionThatExistsIsRefusedWithItsCode() {
            fixture.given(created(v1, 1, "System", true))
                   .when(create(v2, 1, AiCapability.CASE_ASSIST), AS_MEMBER)
                   .expectException(RuleViolationException.class)
                   .expectExceptionMessage(containsString("exists already"))
                   .expectNoEvents();
        }

        @Test
        void versionsCountUpWithoutGaps() {
            fixture.given(created(v1, 1, "System", true))
                   .when(create(v2, 3, AiCapability.CASE_ASSIST), AS_MEMBER)
                   .expectException(InvalidValueException.class)
                   .expectExceptionMessage(containsString("version"))
                   .expectNoEvents();
        }

        @Test
        void aKeyServesOneCapability() {
            fixture.given(created(v1, 1, "System", true))
                   .when(create(v2, null, AiCapability.GENERAL), AS_MEMBER)
                   .expectException(RuleViolationException.class)
                   .expectExceptionMessage(containsString("serves CASE_ASSIST"))
                   .expectNoEvents();
        }

        @Test
        void newTextIsANewVersionThatKeepsTheActivationAndTheOldOneStaysAsItWas() {
            UUID v3 = UUID.randomUUID();
            fixture.given(created(v1, 1, "System", true), created(v2, 2, "System", false))
                   .when(new ReviseAiPromptTemplateCommand(CONFIGURATION, v1, v3, "Better", null, null), AS_MEMBER)
                   .expectEvents(created(v3, 3, "Better", true))
                   .expectResultMessagePayload(v3);
        }

        @Test
        void activationChangesTheVersionItself() {
            fixture.given(created(v1, 1, "System", true))
                   .when(new ReviseAiPromptTemplateCommand(CONFIGURATION, v1, UUID.randomUUID(), null, null, false),
                         AS_MEMBER)
                   .expectEvents(new AiPromptTemplateDeactivatedEvent(CONFIGURATION, v1, ACTOR))
                   .expectResultMessagePayload(v1);
            fixture.given(created(v1, 1, "System", false))
                   .when(new ReviseAiPromptTemplateCommand(CONFIGURATION, v1, UUID.randomUUID(), "System", null, true),
                         AS_MEMBER)
                   .expectEvents(new AiPromptTemplateActivatedEvent(CONFIGURATION, v1, ACTOR))
                   .expectResultMessagePayload(v1);
        }

        @Test
        void aRevisionThatChangesNothingRecordsNothing() {
            fixture.given(created(v1, 1, "System", true))
                   .when(new ReviseAiPromptTemplateCommand(CONFIGURATION, v1, UUID.randomUUID(), "System", null, true),
                         AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents()
                   .expectResultMessagePayload(v1);
        }

        @Test
        void anUnknownTemplateIsNotFound() {
            fixture.given(created(v1, 1, "System", true))
                   .when(new ReviseAiPromptTemplateCommand(CONFIGURATION, v2, UUID.randomUUID(), null, null, false),
                         AS_MEMBER)
                   .expectException(NotFoundException.class);
        }

        @Test
        void anotherOrganizationCanNeitherCreateNorReviseHere() {
            fixture.given(created(v1, 1, "System", true))
                   .when(create(v2, null, AiCapability.CASE_ASSIST), AS_OUTSIDER)
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
            fixture.given(created(v1, 1, "System", true))
                   .when(new ReviseAiPromptTemplateCommand(CONFIGURATION, v1, UUID.randomUUID(), null, null, false),
                         AS_OUTSIDER)
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
        }
    }
}
