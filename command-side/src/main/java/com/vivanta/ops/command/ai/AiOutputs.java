package com.vivanta.ops.command.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiSuggestionType;
import com.vivanta.ops.api.ai.ProposedField;
import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.command.ai.provider.AiProviderFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The schema each capability's answer must follow, and what suggestions an answer makes. Nothing a model
 * says is trusted: a missing key, a value outside its list or a confidence outside 0..1 makes the whole
 * answer malformed — the run fails and no suggestion is created from half an answer.
 */
@Component
class AiOutputs {

    static final Set<String> CASE_TYPES = Set.of("maintenance", "billing", "complaint", "lease", "general", "other");
    static final Set<String> NEXT_ACTIONS = Set.of("create_work_order", "request_documents", "assign_operator",
                                                   "monitor_only");
    static final Set<String> WORKFLOWS = Set.of("simple", "escalation", "vendor_dispatch");
    static final Set<String> FLOW_TYPES = Set.of("single_step", "multi_step");
    /** The model's four-step urgency scale, onto the case's priorities. */
    static final Map<String, CasePriority> PRIORITIES = Map.of("low", CasePriority.LOW, "medium", CasePriority.NORMAL,
                                                               "high", CasePriority.HIGH, "urgent", CasePriority.URGENT);
    private static final int MAX_LIST = 10;

    /**
     * A validated answer: its canonical JSON, its confidence, the suggestions it makes and the reasoning they
     * carry (null for GENERAL answers, which make none).
     */
    record Answer(String json, double confidence, Map<AiSuggestionType, List<ProposedField>> proposals,
                  String reasoning) {
    }

    private final ObjectMapper objectMapper;

    AiOutputs(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    Answer read(AiCapability capability, String raw) {
        JsonNode answer = parse(raw);
        double confidence = fraction(answer, "confidence");
        Map<AiSuggestionType, List<ProposedField>> proposals = switch (capability) {
            case CASE_ASSIST -> caseProposals(answer, confidence);
            case APPROVAL_ASSIST -> routeProposals(answer, confidence);
            case GENERAL -> {
                text(answer, "summary");
                yield Map.of();
            }
        };
        String reasoning = capability == AiCapability.GENERAL ? null : text(answer, "reasoning");
        try {
            return new Answer(objectMapper.writeValueAsString(answer), confidence, proposals, reasoning);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A parsed tree always serializes", e);
        }
    }

    private Map<AiSuggestionType, List<ProposedField>> caseProposals(JsonNode answer, double confidence) {
        String caseType = oneOf(answer, "recommendedCaseType", CASE_TYPES);
        CasePriority priority = PRIORITIES.get(oneOf(answer, "recommendedPriority", PRIORITIES.keySet()));
        List<String> actions = listOf(answer, "recommendedNextActions", NEXT_ACTIONS);
        oneOf(answer, "recommendedWorkflow", WORKFLOWS);
        List<ProposedField> nextActions = new ArrayList<>();
        actions.stream().filter(action -> !action.equals("monitor_only")).distinct()
               .forEach(action -> nextActions.add(new ProposedField(action, "yes", confidence)));
        return nextActions.isEmpty()
                ? Map.of(AiSuggestionType.CASE_CLASSIFICATION, classification(caseType, priority, confidence))
                : Map.of(AiSuggestionType.CASE_CLASSIFICATION, classification(caseType, priority, confidence),
                         AiSuggestionType.CASE_NEXT_ACTIONS, nextActions);
    }

    private static List<ProposedField> classification(String caseType, CasePriority priority, double confidence) {
        return List.of(new ProposedField("caseType", caseType, confidence),
                       new ProposedField("priority", priority.name(), confidence));
    }

    private Map<AiSuggestionType, List<ProposedField>> routeProposals(JsonNode answer, double confidence) {
        JsonNode roles = answer.get("recommendedApproverRoles");
        if (roles == null || !roles.isArray() || roles.isEmpty() || roles.size() > MAX_LIST) {
            throw malformed("recommendedApproverRoles must list 1 to " + MAX_LIST + " role names");
        }
        List<String> names = new ArrayList<>();
        roles.forEach(role -> {
            if (!role.isTextual() || role.asText().isBlank()) {
                throw malformed("recommendedApproverRoles must hold role names");
            }
            names.add(role.asText().strip().toLowerCase());
        });
        String flowType = oneOf(answer, "recommendedFlowType", FLOW_TYPES);
        return Map.of(AiSuggestionType.INVOICE_APPROVAL_ROUTE,
                      List.of(new ProposedField("approverRoles", String.join(",", names.stream().distinct().toList()),
                                                confidence),
                              new ProposedField("flowType", flowType, confidence)));
    }

    private JsonNode parse(String raw) {
        try {
            JsonNode answer = raw == null ? null : objectMapper.readTree(raw);
            if (answer == null || !answer.isObject()) {
                throw malformed("The answer is not a JSON object");
            }
            return answer;
        } catch (JsonProcessingException e) {
            throw malformed("The answer is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static double fraction(JsonNode answer, String key) {
        JsonNode value = answer.get(key);
        if (value == null || !value.isNumber() || !(value.asDouble() >= 0 && value.asDouble() <= 1)) {
            throw malformed(key + " must be a number from 0 to 1");
        }
        return value.asDouble();
    }

    private static String text(JsonNode answer, String key) {
        JsonNode value = answer.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw malformed(key + " must be a non-empty string");
        }
        return value.asText();
    }

    private static String oneOf(JsonNode answer, String key, Set<String> allowed) {
        String value = text(answer, key).strip().toLowerCase();
        if (!allowed.contains(value)) {
            throw malformed(key + " must be one of " + allowed.stream().sorted().toList());
        }
        return value;
    }

    private static List<String> listOf(JsonNode answer, String key, Set<String> allowed) {
        JsonNode values = answer.get(key);
        if (values == null || !values.isArray() || values.size() > MAX_LIST) {
            throw malformed(key + " must be a list of at most " + MAX_LIST + " values");
        }
        List<String> result = new ArrayList<>();
        values.forEach(value -> {
            if (!value.isTextual() || !allowed.contains(value.asText().strip().toLowerCase())) {
                throw malformed(key + " may only hold " + allowed.stream().sorted().toList());
            }
            result.add(value.asText().strip().toLowerCase());
        });
        return result;
    }

    private static AiProviderFailure malformed(String why) {
        return new AiProviderFailure(AiProviderFailure.MALFORMED_OUTPUT, why);
    }
}
