package com.vivanta.ops.command.ai;

import static com.vivanta.ops.api.common.MessageMetadata.CORRELATION_ID;
import static com.vivanta.ops.api.common.MessageMetadata.ORGANIZATION_ID;
import static com.vivanta.ops.api.common.MessageMetadata.USER_ID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiProviderKind;
import com.vivanta.ops.api.ai.AiSettings;
import com.vivanta.ops.api.ai.AiSuggestionFilter;
import com.vivanta.ops.api.ai.AiSuggestionPage;
import com.vivanta.ops.api.ai.AiSuggestionStatus;
import com.vivanta.ops.api.ai.AiSuggestionType;
import com.vivanta.ops.api.ai.AiSuggestionView;
import com.vivanta.ops.api.ai.AiTarget;
import com.vivanta.ops.api.ai.CompleteAiRunCommand;
import com.vivanta.ops.api.ai.FailAiRunCommand;
import com.vivanta.ops.api.ai.FindAiSettingsQuery;
import com.vivanta.ops.api.ai.FindAiSuggestionsQuery;
import com.vivanta.ops.api.ai.ProposeAiSuggestionCommand;
import com.vivanta.ops.api.ai.ProposedField;
import com.vivanta.ops.api.ai.StartAiRunCommand;
import com.vivanta.ops.api.ai.SupersedeAiSuggestionCommand;
import com.vivanta.ops.api.common.InvalidInputException;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.common.RuleViolationException;
import com.vivanta.ops.command.ai.AiOutputs.Answer;
import com.vivanta.ops.command.ai.AssistInputs.Subject;
import com.vivanta.ops.command.ai.config.AiProviderKeys;
import com.vivanta.ops.command.ai.provider.AiProvider;
import com.vivanta.ops.command.ai.provider.AiProviderFailure;
import com.vivanta.ops.command.ai.provider.AiRequest;
import com.vivanta.ops.command.common.CommandBatches;
import com.vivanta.ops.platform.messaging.Futures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Asks a provider about a subject and records everything as events: the run's start, then either its
 * suggestions and completion, or its failure. A provider's failure — an HTTP error, a timeout, an answer
 * outside the schema — fails the run and creates no suggestion; it never reaches the caller as an error,
 * so no domain action depends on the assistant.
 */
@Component
class AiAssistant {

    static final String AI_DISABLED = "AI_DISABLED";
    private static final String INPUT_PLACEHOLDER = "{{inputJson}}";

    private final CommandGateway commandGateway;
    private final CommandBatches batches;
    private final QueryGateway queryGateway;
    private final Map<AiProviderKind, AiProvider> providers = new EnumMap<>(AiProviderKind.class);
    private final AiOutputs outputs;
    private final AssistInputs inputs;
    private final AiProviderKeys keys;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final Duration suggestionLifetime;

    AiAssistant(CommandGateway commandGateway, CommandBatches batches, QueryGateway queryGateway,
                List<AiProvider> providers, AiOutputs outputs, AssistInputs inputs, AiProviderKeys keys,
                ObjectMapper objectMapper, Clock clock,
                @Value("${vivanta.ai.suggestion-lifetime:7d}") Duration suggestionLifetime) {
        this.commandGateway = commandGateway;
        this.batches = batches;
        this.queryGateway = queryGateway;
        providers.forEach(provider -> this.providers.put(provider.kind(), provider));
        this.outputs = outputs;
        this.inputs = inputs;
        this.keys = keys;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.suggestionLifetime = suggestionLifetime;
    }

    /** Who a run acts for: the organization, the user (or "system") and the correlation it belongs to. */
    record Caller(UUID organizationId, String userId, String correlationId) {

        MetaData metaData() {
            Map<String, Object> values = new HashMap<>();
            values.put(ORGANIZATION_ID, organizationId.toString());
            values.put(USER_ID, userId);
            if (correlationId != null) {
                values.put(CORRELATION_ID, correlationId);
            }
            return MetaData.from(values);
        }
    }

    AiSettings settings(Caller caller, AiCapability capability) {
        return Futures.join(queryGateway.query(new FindAiSettingsQuery(caller.organizationId(), capability),
                                               ResponseTypes.instanceOf(AiSettings.class)));
    }

    /**
     * A run an operator asked for, carried out while they wait. {@code target} may be null for GENERAL
     * runs; {@code request} is the operator's own input, passed on as {@code request}.
     */
    UUID runOnRequest(Caller caller, AiCapability capability, AiTarget target, ObjectNode request) {
        Subject subject;
        if (target == null) {
            if (capability != AiCapability.GENERAL) {
                throw new InvalidValueException("targetEntityType", null, capability + " runs need a target");
            }
            subject = new Subject(capability, null, objectMapper.createObjectNode(), 0);
        } else {
            if (!AssistInputs.fits(capability, target.entityType())) {
                throw new InvalidValueException("targetEntityType", target.entityType(),
                                                capability + " does not work on a " + target.entityType());
            }
            subject = inputs.aboutExisting(caller.organizationId(), capability, target)
                            .orElseThrow(() -> new NotFoundException(target.entityType().name(), target.entityId()));
        }
        if (request != null) {
            subject.input().set("request", request);
        }
        AiSettings settings = settings(caller, capability);
        if (!settings.enabled()) {
            throw new RuleViolationException(AI_DISABLED, capability + " is disabled for this organization",
                                             Map.of("capability", capability.name()));
        }
        return run(caller, subject, settings, "manual");
    }

    /**
     * Runs the assistant about a subject when the organization has the capability on. A run whose provider
     * answers in process is carried out here: reading the settings and the subject, asking and recording the run
     * are one transaction. A run that waits on a remote provider is answered, to be carried out with
     * {@link #carryOut(Caller, RemoteRun, String)} by whoever may wait for it.
     */
    Optional<RemoteRun> assistIfEnabled(Caller caller, AiCapability capability, Supplier<Optional<Subject>> subject,
                                        String trigger) {
        try {
            return batches.inOneTransaction(() -> assistInProcess(caller, capability, subject, trigger));
        } catch (AiProviderFailure failure) {
            // Everything was rolled back: run again on transactions of its own, which record the failure.
            return assistInProcess(caller, capability, subject, trigger);
        }
    }

    /** Carries out a run on a remote provider, recording its start first. */
    void carryOut(Caller caller, RemoteRun remote, String trigger) {
        run(caller, remote.subject(), remote.settings(), trigger);
    }

    /** Runs the assistant if its provider answers in process; otherwise tells what a remote run needs. */
    private Optional<RemoteRun> assistInProcess(Caller caller, AiCapability capability,
                                                Supplier<Optional<Subject>> subject, String trigger) {
        AiSettings settings = settings(caller, capability);
        Optional<Subject> about = settings.enabled() ? subject.get() : Optional.empty();
        if (about.isEmpty()) {
            return Optional.empty();
        }
        if (!answersInProcess(settings)) {
            return Optional.of(new RemoteRun(about.get(), settings));
        }
        run(caller, about.get(), settings, trigger);
        return Optional.empty();
    }

    /** A run still to be carried out on a remote provider. */
    record RemoteRun(Subject subject, AiSettings settings) {
    }

    /**
     * Starts a run with the given settings and carries it out; answers the run's id. A run that waits on a remote
     * provider is recorded as started first, so that it shows as RUNNING meanwhile (and stays so after a crash);
     * one answered in process is recorded with its outcome.
     */
    UUID run(Caller caller, Subject subject, AiSettings settings, String trigger) {
        UUID runId = UUID.randomUUID();
        Prompt prompt = prompt(settings, subject);
        StartAiRunCommand start = new StartAiRunCommand(runId, subject.capability(), subject.target(), trigger,
                                                        settings.provider(), settings.model(),
                                                        settings.template().templateKey(),
                                                        settings.template().version(), prompt.inputHash());
        if (answersInProcess(settings)) {
            carryOut(runId, caller, subject, settings, prompt, Optional.of(start));
        } else {
            commandGateway.sendAndWait(start, caller.metaData());
            carryOut(runId, caller, subject, settings, prompt, Optional.empty());
        }
        return runId;
    }

    /** Carries out a run again after a failure; the run is RUNNING again already. */
    void rerun(UUID runId, Caller caller, Subject subject) {
        AiSettings settings = settings(caller, subject.capability());
        if (!settings.enabled()) {
            commandGateway.sendAndWait(new FailAiRunCommand(runId, AI_DISABLED, subject.capability()
                    + " is disabled for the organization", 0), caller.metaData());
            return;
        }
        carryOut(runId, caller, subject, settings, prompt(settings, subject), Optional.empty());
    }

    /**
     * Asks the provider and records the outcome, after the run's start when that is still to be recorded: the
     * suggestions and the completion in one transaction, or else the failure alone. An answer a suggestion
     * refuses counts as malformed, and none of its suggestions is kept. Inside a caller's transaction, a
     * failure is left to the caller, whose transaction can no longer commit.
     */
    private void carryOut(UUID runId, Caller caller, Subject subject, AiSettings settings, Prompt prompt,
                          Optional<StartAiRunCommand> start) {
        long started = System.nanoTime();
        try {
            String raw = provider(settings).ask(new AiRequest(subject.capability(), settings, apiKey(settings),
                                                              settings.template().systemPrompt(), prompt.user(),
                                                              subject.input()));
            Answer answer = outputs.read(subject.capability(), raw);
            batches.inOneTransaction(() -> {
                start.ifPresent(command -> commandGateway.sendAndWait(command, caller.metaData()));
                List<UUID> suggestions = propose(runId, caller, subject, settings, prompt, answer);
                commandGateway.sendAndWait(new CompleteAiRunCommand(runId, answer.json(), answer.confidence(),
                                                                    millisSince(started), suggestions),
                                           caller.metaData());
            });
        } catch (AiProviderFailure failure) {
            if (CurrentUnitOfWork.isStarted()) {
                throw failure;
            }
            batches.inOneTransaction(() -> {
                start.ifPresent(command -> commandGateway.sendAndWait(command, caller.metaData()));
                commandGateway.sendAndWait(new FailAiRunCommand(runId, failure.code(), failure.getMessage(),
                                                                millisSince(started)), caller.metaData());
            });
        }
    }

    private boolean answersInProcess(AiSettings settings) {
        AiProvider provider = providers.get(settings.provider());
        return provider != null && provider.answersInProcess();
    }

    private List<UUID> propose(UUID runId, Caller caller, Subject subject, AiSettings settings, Prompt prompt,
                               Answer answer) {
        List<UUID> proposed = new ArrayList<>();
        for (Map.Entry<AiSuggestionType, List<ProposedField>> proposal : answer.proposals().entrySet()) {
            UUID suggestionId = UUID.randomUUID();
            try {
                commandGateway.sendAndWait(new ProposeAiSuggestionCommand(
                        suggestionId, runId, subject.capability(), proposal.getKey(), subject.target(),
                        subject.targetVersion(), proposal.getValue(), answer.reasoning(), settings.provider().name(),
                        settings.model(), settings.template().templateKey(), settings.template().version(),
                        prompt.inputHash(), clock.instant().plus(suggestionLifetime)), caller.metaData());
            } catch (InvalidInputException e) {
                throw new AiProviderFailure(AiProviderFailure.MALFORMED_OUTPUT, e.getMessage());
            }
            supersedeOlder(caller, subject, proposal.getKey(), suggestionId);
            proposed.add(suggestionId);
        }
        return proposed;
    }

    /** One open suggestion per target and type: the newest replaces those still waiting for an operator. */
    private void supersedeOlder(Caller caller, Subject subject, AiSuggestionType type, UUID newest) {
        AiSuggestionPage open = Futures.join(queryGateway.query(
                new FindAiSuggestionsQuery(caller.organizationId(),
                                           new AiSuggestionFilter(type, AiSuggestionStatus.PROPOSED,
                                                                  subject.target().entityType(),
                                                                  subject.target().entityId(), null, null, null),
                                           100, 0),
                ResponseTypes.instanceOf(AiSuggestionPage.class)));
        open.items().stream().map(AiSuggestionView::id).filter(id -> !id.equals(newest)).forEach(
                older -> commandGateway.sendAndWait(new SupersedeAiSuggestionCommand(older, newest),
                                                    caller.metaData()));
    }

    private AiProvider provider(AiSettings settings) {
        AiProvider provider = providers.get(settings.provider());
        if (provider == null) {
            throw new AiProviderFailure(AiProviderFailure.PROVIDER_ERROR, "No provider " + settings.provider());
        }
        return provider;
    }

    private String apiKey(AiSettings settings) {
        return settings.configId() == null ? null : keys.keyOf(settings.configId()).orElse(null);
    }

    /** The user prompt and the hash that identifies the exact question asked. */
    private record Prompt(String user, String inputHash) {
    }

    private Prompt prompt(AiSettings settings, Subject subject) {
        String input;
        try {
            input = objectMapper.writeValueAsString(subject.input());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
        String template = settings.template().userPromptTemplate();
        // A template that forgot the placeholder still gets the input: a prompt without it is useless.
        String user = template.contains(INPUT_PLACEHOLDER) ? template.replace(INPUT_PLACEHOLDER, input)
                : template + "\n" + input;
        return new Prompt(user, "sha256:" + sha256(settings.template().systemPrompt() + "\n" + user));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                                                         .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static long millisSince(long nanoStart) {
        return Duration.ofNanos(System.nanoTime() - nanoStart).toMillis();
    }
}
