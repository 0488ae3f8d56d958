package com.vivanta.ops.command.approval;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.approval.ApprovalMode;
import com.vivanta.ops.api.approval.ApprovalPolicy;
import com.vivanta.ops.api.approval.ApprovalPolicyView;
import com.vivanta.ops.api.approval.ApprovalRule;
import com.vivanta.ops.api.approval.ApprovalStepKind;
import com.vivanta.ops.api.approval.ApprovalStepPlan;
import com.vivanta.ops.api.approval.DefineApprovalPolicyCommand;
import com.vivanta.ops.api.approval.FindApprovalPolicyQuery;
import com.vivanta.ops.api.common.InvalidReferenceException;
import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.invoice.ExpenseCategory;
import com.vivanta.ops.command.common.References;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replacing the organization's approval policy. Rules are accepted as {@code GET /approval-policy}
 * shows them, so a policy can be read, edited and put back. The rules are checked as a whole first, then every role,
 * user, property and vendor they name must be the organization's.
 */
@RestController
class ApprovalPolicyCommandController {

    private static final URI LOCATION = URI.create("/api/v1/approval-policy");

    private final CommandGateway commandGateway;
    private final ReadYourWrites readYourWrites;
    private final References references;

    ApprovalPolicyCommandController(CommandGateway commandGateway, ReadYourWrites readYourWrites,
                                    References references) {
        this.commandGateway = commandGateway;
        this.readYourWrites = readYourWrites;
        this.references = references;
    }

    /** {@code kind} and {@code ownerIds} are accepted as GET shows them; only STAFF steps without owners pass. */
    record StepRequest(@NotNull String name,
                       ApprovalStepKind kind,
                       List<@NotNull UUID> userIds,
                       String roleName,
                       List<@NotNull UUID> ownerIds,
                       @NotNull ApprovalMode mode) {

        ApprovalStepPlan toPlan() {
            return new ApprovalStepPlan(name, kind == null ? ApprovalStepKind.STAFF : kind, orNone(userIds, Set::copyOf),
                                        roleName, ownerIds, mode);
        }
    }

    record RuleRequest(String name,
                       Money minAmount,
                       Money maxAmount,
                       List<@NotNull UUID> propertyIds,
                       List<@NotNull UUID> vendorIds,
                       List<@NotNull ExpenseCategory> categories,
                       List<@NotNull @Valid StepRequest> steps) {

        ApprovalRule toRule() {
            return new ApprovalRule(name, minAmount, maxAmount, orNone(propertyIds, Set::copyOf),
                                    orNone(vendorIds, Set::copyOf), orNone(categories, Set::copyOf),
                                    orNone(steps, given -> given.stream().map(StepRequest::toPlan).toList()));
        }
    }

    /** Absent: the tolerance of the default policy (10 %), and invoices below every threshold pass by policy. */
    record PolicyRequest(@NotNull List<@NotNull @Valid RuleRequest> rules,
                         Integer nteTolerancePercent,
                         Boolean requireApprovalForAll) {
    }

    @PutMapping("/api/v1/approval-policy")
    @RequirePermissions(Permission.APPROVAL_ADMIN)
    ResponseEntity<ApiResponse<?>> define(@Valid @RequestBody PolicyRequest request) {
        UUID organizationId = CurrentActor.get().organizationId();
        ApprovalPolicy policy = new ApprovalPolicy(
                request.rules().stream().map(RuleRequest::toRule).toList(),
                request.nteTolerancePercent() != null ? request.nteTolerancePercent()
                        : ApprovalPolicy.DEFAULT_NTE_TOLERANCE_PERCENT,
                Boolean.TRUE.equals(request.requireApprovalForAll()));
        requireReferences(organizationId, request.rules());
        UUID policyId = ApprovalPolicy.idOf(organizationId);
        int version = commandGateway.sendAndWait(new DefineApprovalPolicyCommand(
                policyId, policy.rules(), policy.nteTolerancePercent(), policy.requireApprovalForAll()));
        return readYourWrites.updatedWhen(policyId, LOCATION, new FindApprovalPolicyQuery(organizationId),
                                          ApprovalPolicyView.class, view -> view.version() >= version);
    }

    /** Field paths follow the request, so the caller sees which entry of which list is wrong. */
    private void requireReferences(UUID organizationId, List<RuleRequest> rules) {
        Set<String> roles = null;
        for (int i = 0; i < rules.size(); i++) {
            RuleRequest rule = rules.get(i);
            String field = "rules[" + i + "]";
            eachDistinct(rule.propertyIds(), field + ".propertyIds",
                         (id, path) -> references.requireProperty(organizationId, id, path));
            eachDistinct(rule.vendorIds(), field + ".vendorIds",
                         (id, path) -> references.requireVendor(organizationId, id, path));
            List<StepRequest> steps = orNone(rule.steps(), Function.identity());
            for (int j = 0; j < steps.size(); j++) {
                StepRequest step = steps.get(j);
                String stepField = field + ".steps[" + j + "]";
                if (step.roleName() != null) {
                    roles = roles != null ? roles : references.roleNames(organizationId);
                    if (!roles.contains(step.roleName())) {
                        throw new InvalidReferenceException(stepField + ".roleName", step.roleName(),
                                                            "no such role in this organization");
                    }
                }
                eachDistinct(step.userIds(), stepField + ".userIds",
                             (id, path) -> references.requireActiveUser(organizationId, id, path));
            }
        }
    }

    /** Each id once (a list may repeat one), named by its first position. */
    private static void eachDistinct(List<UUID> ids, String field, BiConsumer<UUID, String> check) {
        List<UUID> given = orNone(ids, Function.identity());
        Set<UUID> seen = new HashSet<>();
        for (int k = 0; k < given.size(); k++) {
            if (seen.add(given.get(k))) {
                check.accept(given.get(k), field + "[" + k + "]");
            }
        }
    }

    private static <T, R> R orNone(List<T> given, Function<List<T>, R> convert) {
        return convert.apply(given == null ? List.of() : given);
    }
}
