package com.vivanta.ops.command.ai;

import static com.vivanta.ops.command.ai.AiChecks.requireFraction;
import static com.vivanta.ops.command.ai.AiChecks.required;
import static com.vivanta.ops.command.ai.AiChecks.requiredText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.vivanta.ops.api.ai.AiSuggestionAppliedEvent;
import com.vivanta.ops.api.ai.AiSuggestionExpiredEvent;
import com.vivanta.ops.api.ai.AiSuggestionProposedEvent;
import com.vivanta.ops.api.ai.AiSuggestionRejectedEvent;
import com.vivanta.ops.api.ai.AiSuggestionStatus;
import com.vivanta.ops.api.ai.AiSuggestionSupersededEvent;
import com.vivanta.ops.api.ai.AiSuggestionType;
import com.vivanta.ops.api.ai.AiTarget;
import com.vivanta.ops.api.ai.AppliedAiSuggestion;
import com.vivanta.ops.api.ai.ApplyAiSuggestionCommand;
import com.vivanta.ops.api.ai.ExpireAiSuggestionCommand;
import com.vivanta.ops.api.ai.ProposeAiSuggestionCommand;
import com.vivanta.ops.api.ai.ProposedField;
import com.vivanta.ops.api.ai.RejectAiSuggestionCommand;
import com.vivanta.ops.api.ai.SupersedeAiSuggestionCommand;
import com.vivanta.ops.api.common.InvalidTransitionException;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.common.RuleViolationException;
import com.vivanta.ops.command.common.CommandMetadata;
import com.vivanta.ops.command.common.OrganizationOwnedAggregate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * What an AI provider proposed for one entity, and what an operator made of it. The suggestion never
 * changes its target itself: applying records the final values (the proposal with the operator's edits),
 * and the target's own domain command carries them out. A suggestion is settled once — applied, rejected,
 * superseded or expired — and is only applied to the very state of the target it was computed from.
 */
@Aggregate
class AiSuggestion extends OrganizationOwnedAggregate {

    static final String SUGGESTION_ALREADY_APPLIED = "SUGGESTION_ALREADY_APPLIED";
    static final String TARGET_CHANGED = "TARGET_CHANGED";
    static final String SUGGESTION_EXPIRED = "SUGGESTION_EXPIRED";

    private static final String ENTITY = "AI suggestion";

    @AggregateIdentifier
    private UUID suggestionId;
    private AiSuggestionStatus status;
    private AiSuggestionType type;
    private AiTarget target;
    private long targetVersion;
    private Map<String, String> proposedValues;
    private Instant expiresAt;

    AiSuggestion() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    AiSuggestion(ProposeAiSuggestionCommand command, MetaData metaData) {
        AiSuggestionType type = required(command.type(), "type");
        if (command.capability() != type.capability()) {
            throw new InvalidValueException("capability", command.capability(),
                                            "a " + type + " suggestion belongs to " + type.capability());
        }
        AiTarget target = required(command.target(), "target");
        required(target.entityId(), "target.entityId");
        if (target.entityType() != type.targetType()) {
            throw new InvalidValueException("target.entityType", target.entityType(),
                                            "a " + type + " suggestion is about a " + type.targetType());
        }
        if (command.targetVersion() < 0) {
            throw new InvalidValueException("targetVersion", command.targetVersion(), "must not be negative");
        }
        requireSensibleFields(command.fields());
        if (command.promptTemplateVersion() < 1) {
            throw new InvalidValueException("promptTemplateVersion", command.promptTemplateVersion(),
                                            "must be 1 or more");
        }
        if (!required(command.expiresAt(), "expiresAt").isAfter(now())) {
            throw new InvalidValueException("expiresAt", command.expiresAt(), "must be in the future");
        }
        apply(new AiSuggestionProposedEvent(command.suggestionId(),
                                            required(command.runId(), "runId"),
                                            CommandMetadata.organizationId(metaData),
                                            command.capability(),
                                            type,
                                            target,
                                            command.targetVersion(),
                                            List.copyOf(command.fields()),
                                            requiredText(command.reasoning(), "reasoning"),
                                            requiredText(command.provider(), "provider"),
                                            requiredText(command.model(), "model"),
                                            requiredText(command.promptTemplateKey(), "promptTemplateKey"),
                                            command.promptTemplateVersion(),
                                            requiredText(command.inputHash(), "inputHash"),
                                            command.expiresAt()));
    }

    @CommandHandler
    AppliedAiSuggestion handle(ApplyAiSuggestionCommand command, MetaData metaData) {
        if (!target.equals(command.target())) {
            // Seen from that entity, this suggestion does not exist.
            throw new NotFoundException(ENTITY, suggestionId);
        }
        // Checked before the transition table so that a second apply (a double click, a retry) gets its own code.
        if (status == AiSuggestionStatus.APPLIED) {
            throw new RuleViolationException(SUGGESTION_ALREADY_APPLIED, "AI suggestion " + suggestionId
                    + " has already been applied", Map.of("suggestionId", suggestionId.toString()));
        }
        requireProposed("apply");
        if (!now().isBefore(expiresAt)) {
            throw new RuleViolationException(SUGGESTION_EXPIRED, "AI suggestion " + suggestionId + " expired at "
                    + expiresAt, Map.of("expiresAt", expiresAt.toString()));
        }
        if (command.currentTargetVersion() != targetVersion) {
            throw new RuleViolationException(TARGET_CHANGED, "The " + target.entityType() + " changed since the "
                    + "suggestion was made; ask for a new suggestion",
                                             Map.of("suggestedAtVersion", targetVersion,
                                                    "currentVersion", command.currentTargetVersion()));
        }
        Map<String, String> edits = command.edits() == null ? Map.of() : command.edits();
        edits.keySet().stream().filter(field -> !proposedValues.containsKey(field)).findFirst().ifPresent(field -> {
            throw new InvalidValueException("edits", field, "only proposed fields may be edited: "
                    + proposedValues.keySet());
        });
        // In proposal order, so the recorded event does not depend on the order the edits arrived in.
        Map<String, String> finalValues = new LinkedHashMap<>();
        List<String> editedFields = new ArrayList<>();
        proposedValues.forEach((field, proposed) -> {
            String value = edits.containsKey(field) ? required(edits.get(field), "edits." + field) : proposed;
            finalValues.put(field, value);
            if (!value.equals(proposed)) {
                editedFields.add(field);
            }
        });
        apply(new AiSuggestionAppliedEvent(suggestionId, target, targetVersion, finalValues, editedFields,
                                           CommandMetadata.actor(metaData)));
        return new AppliedAiSuggestion(type, finalValues);
    }

    @CommandHandler
    void handle(RejectAiSuggestionCommand command, MetaData metaData) {
        requireProposed("reject");
        apply(new AiSuggestionRejectedEvent(suggestionId, requiredText(command.reason(), "reason"),
                                            CommandMetadata.actor(metaData)));
    }

    @CommandHandler
    void handle(SupersedeAiSuggestionCommand command) {
        if (required(command.supersededBy(), "supersededBy").equals(suggestionId)) {
            throw new InvalidValueException("supersededBy", command.supersededBy(),
                                            "a suggestion cannot supersede itself");
        }
        // The assistant supersedes what it last read as open; one settled meanwhile has nothing left to replace.
        // Changing nothing (rather than refusing) lets it supersede within the transaction that records the
        // newer suggestion, which a refusal would doom.
        if (status != AiSuggestionStatus.PROPOSED) {
            return;
        }
        apply(new AiSuggestionSupersededEvent(suggestionId, command.supersededBy()));
    }

    @CommandHandler
    void handle(ExpireAiSuggestionCommand command) {
        requireProposed("expire");
        apply(new AiSuggestionExpiredEvent(suggestionId));
    }

    private void requireProposed(String action) {
        if (status != AiSuggestionStatus.PROPOSED) {
            throw new InvalidTransitionException(ENTITY, status, action, Set.of());
        }
    }

    private static void requireSensibleFields(List<ProposedField> fields) {
        if (fields == null || fields.isEmpty()) {
            throw new InvalidValueException("fields", fields, "a suggestion proposes at least one field");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            String path = "fields[" + i + "]";
            ProposedField field = required(fields.get(i), path);
            String name = requiredText(field.name(), path + ".name");
            if (!names.add(name)) {
                throw new InvalidValueException(path + ".name", name, "each field is proposed once");
            }
            required(field.value(), path + ".value");
            requireFraction(field.confidence(), path + ".confidence");
        }
    }



    /** Axon's clock, which stamps the events too (and which test fixtures control). */
    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    @EventSourcingHandler
    void on(AiSuggestionProposedEvent event) {
        suggestionId = event.suggestionId();
        organizationId = event.organizationId();
        status = AiSuggestionStatus.PROPOSED;
        type = event.type();
        target = event.target();
        targetVersion = event.targetVersion();
        proposedValues = new LinkedHashMap<>();
        event.fields().forEach(field -> proposedValues.put(field.name(), field.value()));
        expiresAt = event.expiresAt();
    }

    @EventSourcingHandler
    void on(AiSuggestionAppliedEvent event) {
        status = AiSuggestionStatus.APPLIED;
    }

    @EventSourcingHandler
    void on(AiSuggestionRejectedEvent event) {
        status = AiSuggestionStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(AiSuggestionSupersededEvent event) {
        status = AiSuggestionStatus.SUPERSEDED;
    }

    @EventSourcingHandler
    void on(AiSuggestionExpiredEvent event) {
        status = AiSuggestionStatus.EXPIRED;
    }

    @Override
    protected String entityType() {
        return "AiSuggestion";
    }

    @Override
    protected UUID id() {
        return suggestionId;
    }
}
