package com.vivanta.ops.command.approval;

import static org.hamcrest.Matchers.containsString;

import com.vivanta.ops.api.approval.ApprovalMode;
import com.vivanta.ops.api.approval.ApprovalPolicyDefinedEvent;
import com.vivanta.ops.api.approval.ApprovalRule;
import com.vivanta.ops.api.approval.ApprovalStepKind;
import com.vivanta.ops.api.approval.ApprovalStepPlan;
import com.vivanta.ops.api.approval.DefineApprovalPolicyCommand;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.common.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApprovalPolicyTest {

    private static final UUID ORG = UUID.randomUUID();
    private static final UUID POLICY = com.vivanta.ops.api.approval.ApprovalPolicy.idOf(ORG);
    private static final String ACTOR = UUID.randomUUID().toString();
    private static final Map<String, Object> AS_MEMBER = Map.of(MessageMetadata.ORGANIZATION_ID, ORG.toString(),
                                                                MessageMetadata.USER_ID, ACTOR);
    private static final Map<String, Object> AS_OUTSIDER = Map.of(MessageMetadata.ORGANIZATION_ID,
                                                                  UUID.randomUUID().toString(),
                                                                  MessageMetadata.USER_ID, ACTOR);

    private static final ApprovalRule CATCH_ALL = new ApprovalRule("Everything", null, null, null, null, null,
                                                                   List.of(step("finance")));
    private static final ApprovalRule SMALL = new ApprovalRule("Small", Money.of("0.00", "USD"),
                                                               Money.of("100.00", "USD"), null, null, null, List.of());

    private AggregateTestFixture<ApprovalPolicy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ApprovalPolicy.class);
    }

    private static ApprovalStepPlan step(String role) {
        return new ApprovalStepPlan("Approval", ApprovalStepKind.STAFF, Set.of(), role, List.of(), ApprovalMode.ANY);
    }

    private static DefineApprovalPolicyCommand define(List<ApprovalRule> rules, int tolerance) {
        return new DefineApprovalPolicyCommand(POLICY, rules, tolerance, false);
    }

    private static ApprovalPolicyDefinedEvent defined(int version, List<ApprovalRule> rules, int tolerance) {
        return new ApprovalPolicyDefinedEvent(POLICY, ORG, version, rules, tolerance, false, ACTOR);
    }

    @Test
    void theFirstDefinitionCreatesThePolicyInVersionOne() {
        fixture.givenNoPriorActivity()
               .when(define(List.of(SMALL, CATCH_ALL), 10), AS_MEMBER)
               .expectEvents(defined(1, List.of(SMALL, CATCH_ALL), 10))
               .expectResultMessagePayload(1);
    }

    @Test
    void eachRedefinitionReplacesTheRulesAndCountsOneVersionUp() {
        fixture.given(defined(1, List.of(SMALL, CATCH_ALL), 10), defined(2, List.of(CATCH_ALL), 10))
               .when(define(List.of(CATCH_ALL), 15), AS_MEMBER)
               .expectEvents(defined(3, List.of(CATCH_ALL), 15))
               .expectResultMessagePayload(3);
    }

    @Test
    void definingThePolicyInForceAgainChangesNothing() {
        fixture.given(defined(1, List.of(SMALL, CATCH_ALL), 10))
               .when(define(List.of(SMALL, CATCH_ALL), 10), AS_MEMBER)
               .expectSuccessfulHandlerExecution()
               .expectNoEvents()
               .expectResultMessagePayload(1);
    }

    @Test
    void anInvalidPolicyIsRefusedNamingTheField() {
        ApprovalRule allOfARole = new ApprovalRule("Everything", null, null, null, null, null, List.of(
                new ApprovalStepPlan("Everyone", ApprovalStepKind.STAFF, Set.of(), "finance", List.of(),
                                     ApprovalMode.ALL)));
        fixture.given(defined(1, List.of(CATCH_ALL), 10))
               .when(define(List.of(allOfARole), 10), AS_MEMBER)
               .expectException(InvalidValueException.class)
               .expectExceptionMessage(containsString("rules[0].steps[0].roleName"))
               .expectNoEvents();
    }

    @Test
    void aPolicyWithoutACatchAllRuleIsRefused() {
        fixture.givenNoPriorActivity()
               .when(define(List.of(SMALL), 10), AS_MEMBER)
               .expectException(InvalidValueException.class)
               .expectExceptionMessage(containsString("catch-all"))
               .expectNoEvents();
    }

    @Test
    void anOutOfRangeToleranceIsRefused() {
        fixture.givenNoPriorActivity()
               .when(define(List.of(CATCH_ALL), 101), AS_MEMBER)
               .expectException(InvalidValueException.class)
               .expectExceptionMessage(containsString("nteTolerancePercent"))
               .expectNoEvents();
    }

    @Test
    void anotherOrganizationCannotDefineThisPolicy() {
        fixture.given(defined(1, List.of(CATCH_ALL), 10))
               .when(define(List.of(SMALL, CATCH_ALL), 10), AS_OUTSIDER)
               .expectException(NotFoundException.class)
               .expectNoEvents();
    }
}
