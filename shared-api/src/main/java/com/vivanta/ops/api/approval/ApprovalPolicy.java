package com.vivanta.ops.api.approval;

import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.workorder.OwnerApprovalLimit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An organization's approval policy: rules that route each invoice to ordered approval steps.
 *
 * <p>The rule that decides is the first that matches, trying vendor rules first, then property rules,
 * then category rules, then global ones, each group in list order. One rule must catch every invoice (no
 * vendors, properties, categories or amounts), so routing never fails. When the total is above the
 * property owners' approval limit and not within a ceiling the owners already approved on the work
 * order, an OWNER step follows the rule's steps.
 *
 * @param nteTolerancePercent   how far an invoice may exceed its work order's not-to-exceed before it
 *                              is flagged, 0–100
 * @param requireApprovalForAll when set, every rule must have a step: nothing is approved by policy
 */
public record ApprovalPolicy(List<ApprovalRule> rules, int nteTolerancePercent, boolean requireApprovalForAll) {

    public static final int MAX_RULES = 100;
    public static final int MAX_STEPS = 10;
    public static final int MAX_NAME_LENGTH = 100;
    /** Per rule and list: a rule naming more properties or vendors than this wants a property group. */
    public static final int MAX_SCOPE_IDS = 200;
    public static final int MAX_APPROVERS = 50;
    public static final int DEFAULT_NTE_TOLERANCE_PERCENT = 10;
    public static final String OWNER_STEP_NAME = "Owner approval";

    /** What an organization works with until it defines its own policy. */
    public static final ApprovalPolicy DEFAULT = new ApprovalPolicy(List.of(
            band("Small invoices", "0.00", "250.00", List.of()),
            band("Standard", "250.00", "5000.00", List.of(anyOfRole("Finance approval", "finance"))),
            band("Large", "5000.00", null, List.of(anyOfRole("Finance approval", "finance"),
                                                   anyOfRole("Management approval", "admin"))),
            new ApprovalRule("Other currencies", null, null, null, null, null,
                             List.of(anyOfRole("Finance approval", "finance")))),
            DEFAULT_NTE_TOLERANCE_PERCENT, false);

    public ApprovalPolicy {
        Objects.requireNonNull(rules, "rules");
        rules = List.copyOf(rules);
        check(rules, nteTolerancePercent, requireApprovalForAll);
    }

    /** The one policy of an organization has an id derived from it: the same on every node and every day. */
    public static UUID idOf(UUID organizationId) {
        return UUID.nameUUIDFromBytes((organizationId + "/approval-policy").getBytes(StandardCharsets.UTF_8));
    }

    /** The route this policy (in the given identity and version) gives an invoice. Pure. */
    public ApprovalRoute route(UUID policyId, int version, InvoiceFacts facts) {
        Objects.requireNonNull(facts.total(), "total");
        ApprovalRule rule = rules.stream()
                                 .sorted(Comparator.comparing(ApprovalRule::scope)) // stable: list order within a scope
                                 .filter(candidate -> candidate.matches(facts))
                                 .findFirst()
                                 .orElseThrow(() -> new IllegalStateException("a checked policy has a catch-all rule"));
        List<ApprovalStepPlan> steps = new ArrayList<>(rule.steps());
        if (needsOwnerApproval(facts)) {
            OwnerApprovalLimit limit = facts.ownerLimit();
            steps.add(new ApprovalStepPlan(OWNER_STEP_NAME, ApprovalStepKind.OWNER, Set.of(), null, limit.ownerIds(),
                                           ApprovalMode.ANY));
        }
        return new ApprovalRoute(policyId, version, rule.name(), steps);
    }

    /**
     * Above the owners' limit (or in another currency, which cannot be compared with it), and not within a
     * ceiling the owners approved for the work: the owners must agree to this spend.
     */
    static boolean needsOwnerApproval(InvoiceFacts facts) {
        if (facts.ownerLimit() == null) {
            return false;
        }
        Money total = facts.total();
        Money limit = facts.ownerLimit().limit();
        boolean aboveLimit = !ApprovalRule.sameCurrency(total, limit) || total.amount().compareTo(limit.amount()) > 0;
        Money approved = facts.ownerApprovedCeiling();
        boolean withinApproved = approved != null && ApprovalRule.sameCurrency(total, approved)
                && total.amount().compareTo(approved.amount()) <= 0;
        return aboveLimit && !withinApproved;
    }

    private static void check(List<ApprovalRule> rules, int nteTolerancePercent, boolean requireApprovalForAll) {
        if (nteTolerancePercent < 0 || nteTolerancePercent > 100) {
            throw new InvalidValueException("nteTolerancePercent", nteTolerancePercent, "must lie between 0 and 100");
        }
        if (rules.size() > MAX_RULES) {
            throw new InvalidValueException("rules", rules.size(), "at most " + MAX_RULES + " rules");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            String field = "rules[" + i + "]";
            ApprovalRule rule = rules.get(i);
            if (rule == null) {
                throw new InvalidValueException(field, null, "is required");
            }
            checkName(field + ".name", rule.name());
            if (!names.add(rule.name().strip().toLowerCase(Locale.ROOT))) {
                throw new InvalidValueException(field + ".name", rule.name(), "another rule already has this name");
            }
            checkBand(field, rule.minAmount(), rule.maxAmount());
            checkSize(field + ".propertyIds", rule.propertyIds(), MAX_SCOPE_IDS);
            checkSize(field + ".vendorIds", rule.vendorIds(), MAX_SCOPE_IDS);
            checkSteps(field + ".steps", rule.steps(), requireApprovalForAll);
        }
        if (rules.stream().noneMatch(ApprovalRule::catchesAll)) {
            throw new InvalidValueException("rules", rules.size() + " rules",
                                            "needs a catch-all rule, without vendors, properties, categories or "
                                                    + "amounts, so that every invoice matches a rule");
        }
    }

    private static void checkName(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException(field, name, "is required");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException(field, name, "at most " + MAX_NAME_LENGTH + " characters");
        }
    }

    private static void checkSize(String field, Collection<?> values, int max) {
        if (values.size() > max) {
            throw new InvalidValueException(field, values.size(), "at most " + max + " entries");
        }
    }

    private static void checkBand(String field, Money min, Money max) {
        if (min != null && min.amount().signum() < 0) {
            throw new InvalidValueException(field + ".minAmount", min.amount(), "must not be negative");
        }
        if (max != null && max.amount().signum() <= 0) {
            throw new InvalidValueException(field + ".maxAmount", max.amount(), "must be above zero");
        }
        if (min != null && max != null) {
            if (!ApprovalRule.sameCurrency(min, max)) {
                throw new InvalidValueException(field + ".maxAmount", max.currency(),
                                                "must be in the currency of minAmount (" + min.currency() + ")");
            }
            if (max.amount().compareTo(min.amount()) <= 0) {
                throw new InvalidValueException(field + ".maxAmount", max.amount(),
                                                "must be above minAmount: the band is [minAmount, maxAmount)");
            }
        }
    }

    private static void checkSteps(String field, List<ApprovalStepPlan> steps, boolean requireApprovalForAll) {
        if (steps.isEmpty() && requireApprovalForAll) {
            throw new InvalidValueException(field, "[]", "needs at least one step: the policy requires approval "
                    + "of every invoice");
        }
        if (steps.size() > MAX_STEPS) {
            throw new InvalidValueException(field, steps.size(), "at most " + MAX_STEPS + " steps");
        }
        for (int j = 0; j < steps.size(); j++) {
            String stepField = field + "[" + j + "]";
            ApprovalStepPlan step = steps.get(j);
            if (step == null) {
                throw new InvalidValueException(stepField, null, "is required");
            }
            checkName(stepField + ".name", step.name());
            if (step.kind() != ApprovalStepKind.STAFF) {
                throw new InvalidValueException(stepField + ".kind", step.kind(),
                                                "must be STAFF: the policy adds the owners' step itself");
            }
            if (!step.ownerIds().isEmpty()) {
                throw new InvalidValueException(stepField + ".ownerIds", step.ownerIds(),
                                                "must be empty: owners are asked through the owners' step");
            }
            checkSize(stepField + ".userIds", step.userIds(), MAX_APPROVERS);
            if (step.roleName() != null && step.roleName().isBlank()) {
                throw new InvalidValueException(stepField + ".roleName", step.roleName(), "must not be blank");
            }
            if (step.mode() == ApprovalMode.ALL && step.roleName() != null) {
                throw new InvalidValueException(stepField + ".roleName", step.roleName(),
                                                "an ALL step names its users: a role's members change over time");
            }
            if (step.userIds().isEmpty() && step.roleName() == null) {
                throw new InvalidValueException(stepField + ".userIds", "[]", step.mode() == ApprovalMode.ALL
                        ? "an ALL step needs at least one named user" : "an ANY step needs users or a role");
            }
        }
    }

    private static ApprovalRule band(String name, String min, String max, List<ApprovalStepPlan> steps) {
        return new ApprovalRule(name, min == null ? null : Money.of(min, "USD"), max == null ? null : Money.of(max, "USD"),
                                null, null, null, steps);
    }

    private static ApprovalStepPlan anyOfRole(String name, String roleName) {
        return new ApprovalStepPlan(name, ApprovalStepKind.STAFF, Set.of(), roleName, List.of(), ApprovalMode.ANY);
    }
}
