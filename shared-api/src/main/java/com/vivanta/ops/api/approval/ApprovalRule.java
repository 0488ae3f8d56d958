package com.vivanta.ops.api.approval;

import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.invoice.ExpenseCategory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One rule of an approval policy: which invoices it matches and the staff steps it asks of them, in order.
 * An empty scope set matches anything; an invoice must meet every criterion the rule has. No steps means
 * the invoice is approved by policy.
 *
 * <p>Only normalises; {@link ApprovalPolicy} checks a rule set as a whole and names the offending field.
 * Stored events carry rules, so a later, stricter check never makes them unreadable.
 *
 * @param minAmount the band's lower bound, inclusive; null: no lower bound
 * @param maxAmount the band's upper bound, exclusive; null: no upper bound. A band is in one currency and
 *                  never matches an invoice in another
 */
public record ApprovalRule(String name,
                           Money minAmount,
                           Money maxAmount,
                           Set<UUID> propertyIds,
                           Set<UUID> vendorIds,
                           Set<ExpenseCategory> categories,
                           List<ApprovalStepPlan> steps) {

    public ApprovalRule {
        // Sorted sets: the API and the read model show them in the same order every time.
        propertyIds = sorted(propertyIds);
        vendorIds = sorted(vendorIds);
        categories = categories == null || categories.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(categories));
        steps = steps == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(steps));
    }

    /** How specific a rule is; the more specific rules are tried first. */
    public enum Scope {
        VENDOR, PROPERTY, CATEGORY, GLOBAL
    }

    /** The rule's most specific criterion decides its scope: a vendor rule with a category is a vendor rule. */
    public Scope scope() {
        if (!vendorIds.isEmpty()) {
            return Scope.VENDOR;
        }
        if (!propertyIds.isEmpty()) {
            return Scope.PROPERTY;
        }
        return categories.isEmpty() ? Scope.GLOBAL : Scope.CATEGORY;
    }

    /** Global, with no amount band: matches every invoice, whatever its amount and currency. */
    public boolean catchesAll() {
        return scope() == Scope.GLOBAL && minAmount == null && maxAmount == null;
    }

    public boolean matches(InvoiceFacts facts) {
        Money total = facts.total();
        return (minAmount == null || sameCurrency(total, minAmount) && total.amount().compareTo(minAmount.amount()) >= 0)
                && (maxAmount == null || sameCurrency(total, maxAmount) && total.amount().compareTo(maxAmount.amount()) < 0)
                && within(vendorIds, facts.vendorId())
                && within(propertyIds, facts.propertyId())
                && within(categories, facts.category());
    }

    /** An empty criterion matches anything; a set one never matches an invoice without that fact. */
    private static <T> boolean within(Set<T> criterion, T fact) {
        return criterion.isEmpty() || fact != null && criterion.contains(fact);
    }

    static boolean sameCurrency(Money a, Money b) {
        return a.currency().equals(b.currency());
    }

    private static SortedSet<UUID> sorted(Collection<UUID> ids) {
        return Collections.unmodifiableSortedSet(ids == null ? new TreeSet<>() : new TreeSet<>(ids));
    }
}
