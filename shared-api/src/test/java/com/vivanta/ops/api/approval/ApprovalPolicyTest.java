package com.vivanta.ops.api.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.invoice.ExpenseCategory;
import com.vivanta.ops.api.workorder.OwnerApprovalLimit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApprovalPolicyTest {

    private static final UUID POLICY = UUID.randomUUID();
    private static final UUID PROPERTY = UUID.randomUUID();
    private static final UUID OTHER_PROPERTY = UUID.randomUUID();
    private static final UUID VENDOR = UUID.randomUUID();
    private static final UUID OTHER_VENDOR = UUID.randomUUID();
    private static final UUID ALICE = UUID.randomUUID();
    private static final UUID BOB = UUID.randomUUID();
    private static final UUID OWNER = UUID.randomUUID();
    private static final UUID CO_OWNER = UUID.randomUUID();

    private static final ApprovalStepPlan FINANCE = step("Finance", Set.of(), "finance", ApprovalMode.ANY);
    private static final ApprovalStepPlan ADMIN = step("Admin", Set.of(), "admin", ApprovalMode.ANY);
    private static final ApprovalStepPlan ALICE_AND_BOB = step("Both", Set.of(ALICE, BOB), null, ApprovalMode.ALL);
    private static final ApprovalRule CATCH_ALL = rule("Everything else", null, null, List.of(FINANCE));

    @Nested
    class TheDefaultPolicy {

        @ParameterizedTest(name = "{0} {1} -> {2}")
        @CsvSource({"0.00, USD, Small invoices, 0",
                    "249.99, USD, Small invoices, 0",
                    "250.00, USD, Standard, 1",
                    "4999.99, USD, Standard, 1",
                    "5000.00, USD, Large, 2",
                    "1000000.00, USD, Large, 2",
                    "100.00, EUR, Other currencies, 1",
                    "100, JPY, Other currencies, 1"})
        void routesByAmountBandsInDollarsAndEverythingElseToFinance(String amount, String currency, String rule,
                                                                    int steps) {
            ApprovalRoute route = ApprovalPolicy.DEFAULT.route(POLICY, 0, facts(Money.of(amount, currency)));

            assertThat(route.ruleName()).isEqualTo(rule);
            assertThat(route.steps()).hasSize(steps);
            assertThat(route.approvedByPolicy()).isEqualTo(steps == 0);
            assertThat(route.policyId()).isEqualTo(POLICY);
            assertThat(route.policyVersion()).isZero();
        }

        @Test
        void largeInvoicesGoToFinanceThenTheAdministrators() {
            ApprovalRoute route = ApprovalPolicy.DEFAULT.route(POLICY, 0, facts(usd("7500.00")));

            assertThat(route.steps()).extracting(ApprovalStepPlan::roleName).containsExactly("finance", "admin");
            assertThat(route.steps()).allSatisfy(step -> {
                assertThat(step.kind()).isEqualTo(ApprovalStepKind.STAFF);
                assertThat(step.mode()).isEqualTo(ApprovalMode.ANY);
            });
            assertThat(ApprovalPolicy.DEFAULT.nteTolerancePercent()).isEqualTo(10);
            assertThat(ApprovalPolicy.DEFAULT.requireApprovalForAll()).isFalse();
        }
    }

    @Nested
    class RuleShapes {

        @Test
        void aBandIncludesItsLowerBoundAndExcludesItsUpperBound() {
            ApprovalPolicy policy = policy(rule("Band", usd("100.00"), usd("200.00"), List.of(ADMIN)), CATCH_ALL);

            assertThat(policy.route(POLICY, 3, facts(usd("99.99"))).ruleName()).isEqualTo("Everything else");
            assertThat(policy.route(POLICY, 3, facts(usd("100.00"))).ruleName()).isEqualTo("Band");
            assertThat(policy.route(POLICY, 3, facts(usd("199.99"))).ruleName()).isEqualTo("Band");
            assertThat(policy.route(POLICY, 3, facts(usd("200.00"))).ruleName()).isEqualTo("Everything else");
        }

        @Test
        void aBandWithOneBoundIsOpenOnTheOtherSide() {
            ApprovalPolicy policy = policy(rule("From 100", usd("100.00"), null, List.of(ADMIN)),
                                           rule("Below 50", null, usd("50.00"), List.of()), CATCH_ALL);

            assertThat(policy.route(POLICY, 1, facts(usd("99999.00"))).ruleName()).isEqualTo("From 100");
            assertThat(policy.route(POLICY, 1, facts(usd("0.00"))).ruleName()).isEqualTo("Below 50");
            assertThat(policy.route(POLICY, 1, facts(usd("75.00"))).ruleName()).isEqualTo("Everything else");
        }

        @Test
        void aBandNeverMatchesAnInvoiceInAnotherCurrency() {
            ApprovalPolicy policy = policy(rule("Dollars", usd("0.00"), usd("1000.00"), List.of()), CATCH_ALL);

            assertThat(policy.route(POLICY, 1, facts(Money.of("10.00", "EUR"))).ruleName())
                    .isEqualTo("Everything else");
            assertThat(policy.route(POLICY, 1, facts(usd("10.00"))).ruleName()).isEqualTo("Dollars");
        }

        @Test
        void aPropertyRuleMatchesOnlyItsProperties() {
            ApprovalPolicy policy = policy(scoped("Tower", Set.of(PROPERTY), Set.of(), Set.of(), List.of(ADMIN)),
                                           CATCH_ALL);

            assertThat(policy.route(POLICY, 1, facts(usd("10.00"), PROPERTY, null, null)).ruleName())
                    .isEqualTo("Tower");
            assertThat(policy.route(POLICY, 1, facts(usd("10.00"), OTHER_PROPERTY, null, null)).ruleName())
                    .isEqualTo("Everything else");
            assertThat(policy.route(POLICY, 1, facts(usd("10.00"), null, null, null)).ruleName())
                    .isEqualTo("Everything else");
        }

        @Test
        void aVendorRuleMatchesOnlyItsVendors() {
            ApprovalPolicy policy = policy(scoped("Trusted", Set.of(), Set.of(VENDOR), Set.of(), List.of()),
                                           CATCH_ALL);

            assertThat(policy.route(POLICY, 1, facts(usd("10.00"), null, VENDOR, null)).approvedByPolicy()).isTrue();
            assertThat(policy.route(POLICY, 1, facts(usd("10.00"), null, OTHER_VENDOR, null)).ruleName())
                    .isEqualTo("Everything else");
        }

        @Test
        void aCategoryRuleMatchesOnlyItsCategories() {
            ApprovalPolicy policy = policy(scoped("Capital", Set.of(), Set.of(), Set.of(ExpenseCategory.CAPITAL),
                                                  List.of(FINANCE, ADMIN)),
                                           CATCH_ALL);

            assertThat(policy.route(POLICY, 1, facts(usd("10.00"), null, null, ExpenseCategory.CAPITAL)).ruleName())
                    .isEqualTo("Capital");
            assertThat(policy.route(POLICY, 1, facts(usd("10.00"), null, null, ExpenseCategory.UTILITIES))
                             .ruleName()).isEqualTo("Everything else");
        }

        @Test
        void aRuleWithSeveralCriteriaNeedsThemAll() {
            ApprovalRule roofsAtTheTower = new ApprovalRule("Tower repairs over 1000", usd("1000.00"), null,
                                                            Set.of(PROPERTY), null,
                                                            Set.of(ExpenseCategory.REPAIRS_AND_MAINTENANCE),
                                                            List.of(ADMIN));
            ApprovalPolicy policy = policy(roofsAtTheTower, CATCH_ALL);

            assertThat(policy.route(POLICY, 1, facts(usd("1500.00"), PROPERTY, null,
                                                     ExpenseCategory.REPAIRS_AND_MAINTENANCE)).ruleName())
                    .isEqualTo("Tower repairs over 1000");
            assertThat(policy.route(POLICY, 1, facts(usd("500.00"), PROPERTY, null,
                                                     ExpenseCategory.REPAIRS_AND_MAINTENANCE)).ruleName())
                    .isEqualTo("Everything else");
            assertThat(policy.route(POLICY, 1, facts(usd("1500.00"), PROPERTY, null, ExpenseCategory.TAXES))
                             .ruleName()).isEqualTo("Everything else");
        }

        @Test
        void vendorRulesComeBeforePropertyRulesBeforeCategoryRulesBeforeGlobalOnesWhateverTheListOrder() {
            ApprovalPolicy policy = policy(
                    rule("Global band", usd("0.00"), null, List.of(FINANCE)),
                    scoped("Category", Set.of(), Set.of(), Set.of(ExpenseCategory.GENERAL), List.of(FINANCE)),
                    scoped("Property", Set.of(PROPERTY), Set.of(), Set.of(), List.of(FINANCE)),
                    scoped("Vendor", Set.of(), Set.of(VENDOR), Set.of(), List.of(FINANCE)),
                    CATCH_ALL);

            assertThat(policy.route(POLICY, 1, facts(usd("1.00"), PROPERTY, VENDOR, ExpenseCategory.GENERAL))
                             .ruleName()).isEqualTo("Vendor");
            assertThat(policy.route(POLICY, 1, facts(usd("1.00"), PROPERTY, OTHER_VENDOR, ExpenseCategory.GENERAL))
                             .ruleName()).isEqualTo("Property");
            assertThat(policy.route(POLICY, 1, facts(usd("1.00"), OTHER_PROPERTY, OTHER_VENDOR,
                                                     ExpenseCategory.GENERAL)).ruleName()).isEqualTo("Category");
            assertThat(policy.route(POLICY, 1, facts(usd("1.00"), OTHER_PROPERTY, OTHER_VENDOR,
                                                     ExpenseCategory.TAXES)).ruleName()).isEqualTo("Global band");
        }

        @Test
        void aRuleIsScopedByItsMostSpecificCriterion() {
            assertThat(scoped("x", Set.of(PROPERTY), Set.of(VENDOR), Set.of(ExpenseCategory.GENERAL), List.of())
                               .scope()).isEqualTo(ApprovalRule.Scope.VENDOR);
            assertThat(scoped("x", Set.of(PROPERTY), Set.of(), Set.of(ExpenseCategory.GENERAL), List.of()).scope())
                    .isEqualTo(ApprovalRule.Scope.PROPERTY);
            assertThat(rule("x", usd("1.00"), null, List.of()).scope()).isEqualTo(ApprovalRule.Scope.GLOBAL);
        }

        @Test
        void withinOneScopeTheFirstMatchingRuleInListOrderWins() {
            ApprovalPolicy policy = policy(scoped("First", Set.of(PROPERTY), Set.of(), Set.of(), List.of(ADMIN)),
                                           scoped("Second", Set.of(PROPERTY, OTHER_PROPERTY), Set.of(), Set.of(),
                                                  List.of(FINANCE)),
                                           CATCH_ALL);

            assertThat(policy.route(POLICY, 1, facts(usd("1.00"), PROPERTY, null, null)).ruleName())
                    .isEqualTo("First");
            assertThat(policy.route(POLICY, 1, facts(usd("1.00"), OTHER_PROPERTY, null, null)).ruleName())
                    .isEqualTo("Second");
        }

        @Test
        void theStepsComeInTheRuleOrderWithTheirApproversAndMode() {
            ApprovalPolicy policy = policy(rule("Two steps", null, null, List.of(ALICE_AND_BOB, FINANCE)));

            ApprovalRoute route = policy.route(POLICY, 7, facts(usd("10.00")));

            assertThat(route.steps()).containsExactly(ALICE_AND_BOB, FINANCE);
            assertThat(route.steps().get(0).userIds()).containsExactlyInAnyOrder(ALICE, BOB);
            assertThat(route.steps().get(0).mode()).isEqualTo(ApprovalMode.ALL);
            assertThat(route.policyVersion()).isEqualTo(7);
        }

        @Test
        void aRuleWithoutStepsApprovesByPolicy() {
            ApprovalRoute route = policy(rule("Nothing to ask", null, null, List.of()))
                    .route(POLICY, 1, facts(usd("10.00")));

            assertThat(route.approvedByPolicy()).isTrue();
            assertThat(route.ruleName()).isEqualTo("Nothing to ask");
        }
    }

    @Nested
    class OwnerStep {

        private final OwnerApprovalLimit limit = new OwnerApprovalLimit(usd("500.00"), List.of(OWNER, CO_OWNER));

        @Test
        void anInvoiceAboveTheOwnersLimitGetsAnOwnerStepAfterTheRuleSteps() {
            ApprovalRoute route = ApprovalPolicy.DEFAULT.route(POLICY, 0, owned(usd("600.00"), null));

            assertThat(route.ruleName()).isEqualTo("Standard");
            assertThat(route.steps()).hasSize(2);
            ApprovalStepPlan owner = route.steps().get(1);
            assertThat(owner.kind()).isEqualTo(ApprovalStepKind.OWNER);
            assertThat(owner.name()).isEqualTo("Owner approval");
            assertThat(owner.ownerIds()).containsExactly(OWNER, CO_OWNER);
            assertThat(owner.mode()).isEqualTo(ApprovalMode.ANY);
            assertThat(owner.userIds()).isEmpty();
            assertThat(owner.roleName()).isNull();
        }

        @Test
        void anInvoiceAtTheLimitNeedsNoOwner() {
            assertThat(ApprovalPolicy.DEFAULT.route(POLICY, 0, owned(usd("500.00"), null)).steps())
                    .extracting(ApprovalStepPlan::kind).containsExactly(ApprovalStepKind.STAFF);
        }

        @Test
        void theOwnerStepEvenFollowsARuleWithoutStepsSoThatInvoiceIsNotApprovedByPolicy() {
            ApprovalPolicy policy = policy(rule("Nothing to ask", null, null, List.of()));
            OwnerApprovalLimit low = new OwnerApprovalLimit(usd("100.00"), List.of(OWNER));

            ApprovalRoute route = policy.route(POLICY, 1, new InvoiceFacts(usd("150.00"), PROPERTY, VENDOR,
                                                                           ExpenseCategory.GENERAL, low, null));

            assertThat(route.approvedByPolicy()).isFalse();
            assertThat(route.steps()).extracting(ApprovalStepPlan::kind).containsExactly(ApprovalStepKind.OWNER);
        }

        @Test
        void isSkippedWithinACeilingTheOwnersApprovedOnTheWorkOrder() {
            assertThat(ownerSteps(owned(usd("600.00"), usd("700.00")))).isZero();
            assertThat(ownerSteps(owned(usd("700.00"), usd("700.00")))).isZero();
        }

        @Test
        void isAddedAboveTheApprovedCeilingOrWhenTheCeilingIsInAnotherCurrency() {
            assertThat(ownerSteps(owned(usd("700.01"), usd("700.00")))).isEqualTo(1);
            assertThat(ownerSteps(owned(usd("600.00"), Money.of("900.00", "EUR")))).isEqualTo(1);
        }

        @Test
        void isAddedWhenTheInvoiceIsInAnotherCurrencyThanTheLimitWhichCannotBeCompared() {
            assertThat(ownerSteps(owned(Money.of("1.00", "EUR"), null))).isEqualTo(1);
        }

        @Test
        void isNotAddedWithoutAnOwnerLimit() {
            assertThat(ownerSteps(facts(usd("100000.00")))).isZero();
        }

        private InvoiceFacts owned(Money total, Money approvedCeiling) {
            return new InvoiceFacts(total, PROPERTY, VENDOR, ExpenseCategory.REPAIRS_AND_MAINTENANCE, limit,
                                    approvedCeiling);
        }

        private long ownerSteps(InvoiceFacts facts) {
            return ApprovalPolicy.DEFAULT.route(POLICY, 0, facts).steps().stream()
                                         .filter(step -> step.kind() == ApprovalStepKind.OWNER).count();
        }
    }

    @Nested
    class Checks {

        @Test
        void anAllStepNamesItsUsersAndNoRole() {
            refused(policyOf(step("All", Set.of(ALICE), "finance", ApprovalMode.ALL)),
                    "rules[0].steps[0].roleName");
            refused(policyOf(step("All", Set.of(), null, ApprovalMode.ALL)), "rules[0].steps[0].userIds");
            assertThat(new ApprovalPolicy(policyOf(ALICE_AND_BOB), 10, false).rules()).hasSize(1);
        }

        @Test
        void anAnyStepNeedsUsersOrARole() {
            refused(policyOf(step("Any", Set.of(), null, ApprovalMode.ANY)), "rules[0].steps[0].userIds");
            refused(policyOf(step("Any", Set.of(), " ", ApprovalMode.ANY)), "rules[0].steps[0].roleName");
            assertThat(new ApprovalPolicy(policyOf(step("Any", Set.of(ALICE), "finance", ApprovalMode.ANY)), 10,
                                          false).rules()).hasSize(1);
        }

        @Test
        void rulesNameOnlyStaffSteps() {
            refused(policyOf(new ApprovalStepPlan("Owners", ApprovalStepKind.OWNER, Set.of(), null, List.of(OWNER),
                                                  ApprovalMode.ANY)),
                    "rules[0].steps[0].kind");
            refused(policyOf(new ApprovalStepPlan("Staff", ApprovalStepKind.STAFF, Set.of(ALICE), null,
                                                  List.of(OWNER), ApprovalMode.ANY)),
                    "rules[0].steps[0].ownerIds");
        }

        @Test
        void everyInvoiceMustMatchARule() {
            refused(List.of(rule("Dollars", usd("0.00"), null, List.of())), "rules");
            refused(List.of(scoped("Tower", Set.of(PROPERTY), Set.of(), Set.of(), List.of())), "rules");
            refused(List.of(), "rules");
        }

        @Test
        void aBandIsInOneCurrencyWithItsLowerBoundBelowItsUpperOne() {
            refused(List.of(rule("Band", usd("10.00"), Money.of("20.00", "EUR"), List.of()), CATCH_ALL),
                    "rules[0].maxAmount");
            refused(List.of(rule("Band", usd("20.00"), usd("20.00"), List.of()), CATCH_ALL), "rules[0].maxAmount");
            refused(List.of(CATCH_ALL, rule("Band", usd("-1.00"), null, List.of())), "rules[1].minAmount");
            refused(List.of(CATCH_ALL, rule("Band", null, usd("0.00"), List.of())), "rules[1].maxAmount");
        }

        @Test
        void rulesAndStepsHaveNamesAndRuleNamesAreUnique() {
            refused(List.of(rule(" ", null, null, List.of())), "rules[0].name");
            refused(List.of(CATCH_ALL, rule("everything ELSE", usd("1.00"), null, List.of())), "rules[1].name");
            refused(policyOf(step("", Set.of(ALICE), null, ApprovalMode.ANY)), "rules[0].steps[0].name");
        }

        @Test
        void theToleranceIsAPercentage() {
            assertThatThrownBy(() -> new ApprovalPolicy(List.of(CATCH_ALL), 101, false))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                                            e -> assertThat(e.field()).isEqualTo("nteTolerancePercent"));
            assertThatThrownBy(() -> new ApprovalPolicy(List.of(CATCH_ALL), -1, false))
                    .isInstanceOf(InvalidValueException.class);
            assertThat(new ApprovalPolicy(List.of(CATCH_ALL), 0, false).nteTolerancePercent()).isZero();
            assertThat(new ApprovalPolicy(List.of(CATCH_ALL), 100, false).nteTolerancePercent()).isEqualTo(100);
        }

        @Test
        void requiringApprovalForAllRefusesRulesWithoutSteps() {
            List<ApprovalRule> rules = List.of(rule("Small", usd("0.00"), usd("100.00"), List.of()), CATCH_ALL);

            assertThat(new ApprovalPolicy(rules, 10, false).rules()).hasSize(2);
            assertThatThrownBy(() -> new ApprovalPolicy(rules, 10, true))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                                            e -> assertThat(e.field()).isEqualTo("rules[0].steps"));
        }

        private List<ApprovalRule> policyOf(ApprovalStepPlan step) {
            return List.of(rule("Only rule", null, null, List.of(step)));
        }

        private void refused(List<ApprovalRule> rules, String field) {
            assertThatThrownBy(() -> new ApprovalPolicy(rules, 10, false))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
        }
    }

    /** The worked example of docs/api.md, "Approval policy". */
    @Nested
    class WorkedExample {

        private final UUID harbourTower = UUID.randomUUID();
        private final UUID elmCourt = UUID.randomUUID();
        private final UUID lakeHouse = UUID.randomUUID();
        private final UUID cleanCo = UUID.randomUUID();
        private final UUID plumber = UUID.randomUUID();
        private final ApprovalStepPlan finance = step("Finance", Set.of(), "finance", ApprovalMode.ANY);
        private final ApprovalPolicy policy = new ApprovalPolicy(List.of(
                rule("Dollar ladder: small", usd("0.00"), usd("500.00"), List.of()),
                rule("Dollar ladder: above 500", usd("500.00"), null,
                     List.of(step("Property manager", Set.of(), "operations", ApprovalMode.ANY))),
                scoped("Capital spend", Set.of(), Set.of(), Set.of(ExpenseCategory.CAPITAL),
                       List.of(finance, step("Principal", Set.of(), "admin", ApprovalMode.ANY))),
                new ApprovalRule("Harbour Tower", usd("1000.00"), null, Set.of(harbourTower), null, null,
                                 List.of(step("Both controllers", Set.of(ALICE, BOB), null, ApprovalMode.ALL))),
                scoped("Janitorial contract", Set.of(), Set.of(cleanCo), Set.of(), List.of()),
                rule("Anything else", null, null, List.of(finance))), 15, false);

        @Test
        void theVendorExceptionComesFirst() {
            ApprovalRoute route = policy.route(POLICY, 4, new InvoiceFacts(
                    usd("3200.00"), harbourTower, cleanCo, ExpenseCategory.GENERAL, limit("5000.00"), null));

            assertThat(route.ruleName()).isEqualTo("Janitorial contract");
            assertThat(route.approvedByPolicy()).isTrue();
        }

        @Test
        void thePropertyOverrideAndTheOwnersAboveTheirApprovedCeiling() {
            ApprovalRoute route = policy.route(POLICY, 4, new InvoiceFacts(
                    usd("1800.00"), harbourTower, plumber, ExpenseCategory.REPAIRS_AND_MAINTENANCE, limit("1000.00"),
                    usd("1500.00")));

            assertThat(route.ruleName()).isEqualTo("Harbour Tower");
            assertThat(route.steps()).extracting(ApprovalStepPlan::name)
                                     .containsExactly("Both controllers", "Owner approval");
        }

        @Test
        void theCategoryRuleBeforeTheGlobalLadderAndTheOwners() {
            ApprovalRoute route = policy.route(POLICY, 4, new InvoiceFacts(
                    usd("300.00"), elmCourt, plumber, ExpenseCategory.CAPITAL, limit("250.00"), null));

            assertThat(route.ruleName()).isEqualTo("Capital spend");
            assertThat(route.steps()).extracting(ApprovalStepPlan::name)
                                     .containsExactly("Finance", "Principal", "Owner approval");
        }

        @Test
        void withinTheApprovedCeilingTheSmallBandApprovesByPolicy() {
            ApprovalRoute route = policy.route(POLICY, 4, new InvoiceFacts(
                    usd("300.00"), elmCourt, plumber, ExpenseCategory.REPAIRS_AND_MAINTENANCE, limit("250.00"),
                    usd("400.00")));

            assertThat(route.ruleName()).isEqualTo("Dollar ladder: small");
            assertThat(route.approvedByPolicy()).isTrue();
        }

        @Test
        void anotherCurrencyFallsToTheCatchAll() {
            ApprovalRoute route = policy.route(POLICY, 4, new InvoiceFacts(
                    Money.of("120.00", "EUR"), lakeHouse, plumber, ExpenseCategory.REPAIRS_AND_MAINTENANCE, null,
                    null));

            assertThat(route.ruleName()).isEqualTo("Anything else");
            assertThat(route.steps()).containsExactly(finance);
        }

        private OwnerApprovalLimit limit(String amount) {
            return new OwnerApprovalLimit(usd(amount), List.of(OWNER));
        }
    }

    private static ApprovalPolicy policy(ApprovalRule... rules) {
        return new ApprovalPolicy(List.of(rules), 10, false);
    }

    private static ApprovalRule rule(String name, Money min, Money max, List<ApprovalStepPlan> steps) {
        return new ApprovalRule(name, min, max, null, null, null, steps);
    }

    private static ApprovalRule scoped(String name, Set<UUID> properties, Set<UUID> vendors,
                                       Set<ExpenseCategory> categories, List<ApprovalStepPlan> steps) {
        return new ApprovalRule(name, null, null, properties, vendors, categories, steps);
    }

    private static ApprovalStepPlan step(String name, Set<UUID> users, String role, ApprovalMode mode) {
        return new ApprovalStepPlan(name, ApprovalStepKind.STAFF, users, role, List.of(), mode);
    }

    private static InvoiceFacts facts(Money total) {
        return facts(total, PROPERTY, VENDOR, ExpenseCategory.REPAIRS_AND_MAINTENANCE);
    }

    private static InvoiceFacts facts(Money total, UUID property, UUID vendor, ExpenseCategory category) {
        return new InvoiceFacts(total, property, vendor, category, null, null);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
