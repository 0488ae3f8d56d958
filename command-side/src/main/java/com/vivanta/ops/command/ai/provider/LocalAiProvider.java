package com.vivanta.ops.command.ai.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vivanta.ops.api.ai.AiProviderKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The built-in provider: deterministic keyword and amount rules, no network. It answers in the same
 * JSON shapes as a remote model, so everything after it (schema check, suggestions, apply) is the same.
 * The rules are documented in docs/api.md ("AI suggestions") and improve on the prototype's stub: words
 * match whole (so "billing" is not read as "bill" by accident but listed itself), and safety hazards —
 * gas, fire, smoke, flooding, no heat — make a case urgent even when nobody wrote "urgent".
 */
@Component
public class LocalAiProvider implements AiProvider {

    public static final String MODEL = "local-rules-v1";

    private static final Pattern URGENT = words("urgent", "asap", "immediately", "right away", "emergency",
                                                "gas", "fire", "smoke", "sparks", "flood", "flooding", "no heat",
                                                "no hot water", "burst");
    private static final Pattern MAINTENANCE = words("leak", "leaking", "water", "broken", "repair", "mold", "mould",
                                                     "heating", "heater", "plumbing", "boiler", "drain", "clogged",
                                                     "elevator", "lift", "lock", "window", "roof", "electrical",
                                                     "burst", "flood", "flooding", "no heat", "no hot water");
    private static final Pattern BILLING = words("invoice", "payment", "charge", "bill", "billing", "refund",
                                                 "overcharged", "deposit");
    private static final Pattern LEASE = words("lease", "rent", "contract", "renewal", "move out", "move-out");
    private static final Pattern COMPLAINT = words("complaint", "unhappy", "terrible", "not acceptable", "noise",
                                                   "noisy", "neighbour", "neighbor");
    private static final Pattern RISKY_VENDOR = words("construction", "emergency", "after hours", "after-hours");
    private static final BigDecimal HIGH_VALUE = new BigDecimal("5000");

    private final ObjectMapper objectMapper;

    LocalAiProvider(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public AiProviderKind kind() {
        return AiProviderKind.LOCAL;
    }

    @Override
    public boolean answersInProcess() {
        return true;
    }

    @Override
    public String ask(AiRequest request) {
        ObjectNode answer = switch (request.capability()) {
            case CASE_ASSIST -> recommendForCase(request.input().path("case"));
            case APPROVAL_ASSIST -> routeInvoice(request.input());
            case GENERAL -> summarize(request.input());
        };
        try {
            return objectMapper.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    private ObjectNode recommendForCase(JsonNode aCase) {
        String text = (aCase.path("title").asText("") + " " + aCase.path("description").asText(""))
                .toLowerCase(Locale.ROOT);
        boolean urgent = URGENT.matcher(text).find();
        boolean maintenance = MAINTENANCE.matcher(text).find();
        boolean billing = BILLING.matcher(text).find();
        boolean lease = LEASE.matcher(text).find();
        boolean complaint = COMPLAINT.matcher(text).find();

        String type = maintenance ? "maintenance" : billing ? "billing" : complaint ? "complaint"
                : lease ? "lease" : "general";
        String priority = urgent ? "urgent" : maintenance || complaint ? "high" : billing ? "medium" : "low";
        String workflow = maintenance ? "vendor_dispatch" : complaint ? "escalation" : "simple";
        List<String> actions = new ArrayList<>();
        if (maintenance) {
            actions.add("create_work_order");
        }
        if (billing) {
            actions.add("request_documents");
        }
        if (complaint || urgent) {
            actions.add("assign_operator");
        }
        if (actions.isEmpty()) {
            actions.add("monitor_only");
        }
        boolean signal = urgent || maintenance || billing || lease || complaint;

        ObjectNode answer = objectMapper.createObjectNode();
        answer.put("recommendedCaseType", type);
        answer.put("recommendedPriority", priority);
        ArrayNode next = answer.putArray("recommendedNextActions");
        actions.forEach(next::add);
        answer.put("recommendedWorkflow", workflow);
        answer.put("reasoning", signal ? "Keywords in the title and description point to " + type
                + (urgent ? " with a safety or urgency signal" : "") + "."
                : "No telling keywords; treated as a general request.");
        answer.put("confidence", signal ? 0.74 : 0.55);
        return answer;
    }

    private ObjectNode routeInvoice(JsonNode input) {
        BigDecimal total = new BigDecimal(input.path("invoice").path("totalAmount").asText("0"));
        boolean highValue = total.compareTo(HIGH_VALUE) >= 0;
        boolean risky = RISKY_VENDOR.matcher(input.path("vendor").path("name").asText("").toLowerCase(Locale.ROOT))
                                    .find();
        ObjectNode answer = objectMapper.createObjectNode();
        ArrayNode roles = answer.putArray("recommendedApproverRoles");
        roles.add("finance");
        if (highValue) {
            roles.add("admin");
        }
        answer.put("recommendedFlowType", highValue || risky ? "multi_step" : "single_step");
        answer.put("reasoning", highValue ? "The total is at or above " + HIGH_VALUE + "; a second approver is due."
                : risky ? "The vendor's name suggests emergency or construction work; a second look is due."
                : "An ordinary amount from an ordinary vendor: finance approves.");
        answer.put("confidence", highValue || risky ? 0.78 : 0.62);
        return answer;
    }

    private ObjectNode summarize(JsonNode input) {
        ObjectNode answer = objectMapper.createObjectNode();
        List<String> keys = new ArrayList<>();
        input.fieldNames().forEachRemaining(keys::add);
        answer.put("summary", keys.isEmpty() ? "The request carried no input."
                : "The request carried " + keys.size() + " input field(s): " + String.join(", ", keys) + ".");
        answer.put("confidence", 0.5);
        return answer;
    }

    private static Pattern words(String... words) {
        return Pattern.compile("\\b(" + String.join("|", List.of(words).stream().map(Pattern::quote).toList())
                + ")\\b");
    }
}
