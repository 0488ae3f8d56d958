package com.vivanta.ops.command.cases;

import com.vivanta.ops.api.ai.AiTarget;
import com.vivanta.ops.api.ai.AiTargetType;
import com.vivanta.ops.api.ai.AppliedAiSuggestion;
import com.vivanta.ops.api.ai.ApplyAiSuggestionCommand;
import com.vivanta.ops.api.cases.ApplyCaseAiSuggestionCommand;
import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.cases.ReviseCaseCommand;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.task.CreateTaskCommand;
import com.vivanta.ops.api.task.RelatedEntity;
import com.vivanta.ops.api.task.RelatedEntityType;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Carries out an AI suggestion about a case through the case's own commands. It all happens in one unit of
 * work: the case is loaded (and locked) first, so the version the suggestion is checked against is the one
 * the change applies to; the suggestion is settled, then the case's command runs with the suggestion's id
 * in its metadata, which every resulting event inherits. If the case refuses, nothing is stored.
 */
@Component
class CaseAiSuggestions {

    /** What each recommended next action becomes: a task on the case for a person to pick up. */
    private static final Map<String, String> NEXT_ACTION_TASKS = Map.of(
            "create_work_order", "Raise a work order for this case",
            "request_documents", "Request the documents this case needs",
            "assign_operator", "Assign an operator to this case");

    private final Repository<Case> cases;
    private final CommandGateway commandGateway;

    CaseAiSuggestions(Repository<Case> cases, CommandGateway commandGateway) {
        this.cases = cases;
        this.commandGateway = commandGateway;
    }

    @CommandHandler
    void handle(ApplyCaseAiSuggestionCommand command) {
        Aggregate<Case> aCase;
        try {
            aCase = cases.load(command.caseId().toString());
        } catch (AggregateNotFoundException e) {
            throw new NotFoundException("Case", command.caseId());
        }
        AppliedAiSuggestion applied = commandGateway.sendAndWait(new ApplyAiSuggestionCommand(
                command.suggestionId(), new AiTarget(AiTargetType.CASE, command.caseId()), aCase.version(),
                command.edits()));
        MetaData fromSuggestion = MetaData.with(MessageMetadata.AI_SUGGESTION_ID, command.suggestionId().toString());
        Map<String, String> values = applied.finalValues();
        switch (applied.type()) {
            case CASE_CLASSIFICATION -> commandGateway.sendAndWait(
                    new ReviseCaseCommand(command.caseId(), values.get("caseType"), null, null,
                                          priority(values.get("priority")), null, null, null, null),
                    fromSuggestion);
            case CASE_NEXT_ACTIONS -> values.forEach((action, wanted) -> {
                if (isYes(action, wanted)) {
                    commandGateway.sendAndWait(
                            new CreateTaskCommand(UUID.randomUUID(), "follow_up", NEXT_ACTION_TASKS.get(action),
                                                  "Recommended by the AI assistant and accepted by an operator.",
                                                  null, null, new RelatedEntity(RelatedEntityType.CASE,
                                                                                command.caseId()), null),
                            fromSuggestion);
                }
            });
            default -> throw new IllegalStateException(applied.type() + " suggestions are never about a case");
        }
    }

    private static CasePriority priority(String value) {
        try {
            return CasePriority.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("edits.priority", value, "must be one of LOW, NORMAL, HIGH, URGENT");
        }
    }

    /** An operator keeps an action with "yes" and drops it by editing it to "no". */
    private static boolean isYes(String action, String wanted) {
        return switch (wanted) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new InvalidValueException("edits." + action, wanted, "must be yes or no");
        };
    }
}
