package com.vivanta.ops.query.ai.config;

import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiProviderKind;
import com.vivanta.ops.api.ai.AiSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * What serves a capability that neither the organization nor the platform configured: the local,
 * deterministic provider, enabled, and a version-1 prompt per capability (what an OpenAI-compatible provider
 * is asked when an organization configures one but no template). The prompts ask for the JSON fields the
 * suggestions are built from, and every one ends by saying the answer is advice, not a decision.
 */
final class BuiltInAiSettings {

    static final String SOURCE = "BUILT_IN";
    static final String LOCAL_MODEL = "local-rules-v1";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final String ADVISORY = "Your output is non-authoritative: an operator reviews it and decides. "
            + "Never claim certainty; say what is uncertain in the reasoning and lower the confidence.";
    private static final String JSON_ONLY = "\n{{inputJson}}\nReturn JSON only.";

    private static final Map<AiCapability, AiSettings.PromptTemplate> TEMPLATES = Map.of(
            AiCapability.CASE_ASSIST, template("cases.recommendation", """
                    You help property operations staff triage a case. Answer with one JSON object with exactly \
                    these fields: recommendedCaseType (one of maintenance, billing, complaint, lease, general, \
                    other), recommendedPriority (one of low, medium, high, urgent), recommendedNextActions (up to \
                    10 of create_work_order, request_documents, assign_operator, monitor_only), \
                    recommendedWorkflow (one of simple, escalation, vendor_dispatch), reasoning (a short string) \
                    and confidence (a number from 0 to 1).\s""" + ADVISORY, "Case (JSON):" + JSON_ONLY),
            AiCapability.APPROVAL_ASSIST, template("invoices.approval_routing", """
                    You help finance staff route a vendor invoice for approval. Answer with one JSON object with \
                    exactly these fields: recommendedApproverRoles (up to 10 role names), \
                    recommendedApproverUserIds (up to 20 user ids taken from the input only), \
                    recommendedFlowType (single_step or multi_step), reasoning (a short string) and confidence \
                    (a number from 0 to 1).\s""" + ADVISORY, "Invoice (JSON):" + JSON_ONLY),
            AiCapability.GENERAL, template("general.assist", """
                    You assist property operations staff with the request in the input. Answer with one JSON \
                    object with exactly these fields: summary (a short string), suggestions (up to 10 objects \
                    with summary and rationale strings) and confidence (a number from 0 to 1).\s""" + ADVISORY,
                                           "Request (JSON):" + JSON_ONLY));

    private BuiltInAiSettings() {
    }

    static AiSettings.PromptTemplate templateFor(AiCapability capability) {
        return TEMPLATES.get(capability);
    }

    /** Built-in templates have no stored id; a stable one per key lets runs name the prompt they used. */
    private static AiSettings.PromptTemplate template(String key, String systemPrompt, String userPromptTemplate) {
        UUID id = UUID.nameUUIDFromBytes(("built-in/" + key + "/1").getBytes(StandardCharsets.UTF_8));
        return new AiSettings.PromptTemplate(id, key, 1, systemPrompt, userPromptTemplate, SOURCE);
    }

    static AiSettings settings(AiCapability capability, AiSettings.PromptTemplate template) {
        return new AiSettings(capability, true, AiProviderKind.LOCAL, LOCAL_MODEL, null, TIMEOUT, SOURCE, null,
                              template);
    }
}
