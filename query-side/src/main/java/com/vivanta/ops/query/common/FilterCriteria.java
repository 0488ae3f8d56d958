package com.vivanta.ops.query.common;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The criteria of a list filter whose every field is optional: a field left out (null) adds nothing.
 * Start with the organization, so no list can forget it.
 */
public final class FilterCriteria<R> {

    private final Root<R> root;
    private final CriteriaBuilder cb;
    private final List<Predicate> predicates = new ArrayList<>();

    private FilterCriteria(Root<R> root, CriteriaBuilder cb) {
        this.root = root;
        this.cb = cb;
    }

    public static <R> FilterCriteria<R> ofOrganization(Root<R> root, CriteriaBuilder cb, Object organizationId) {
        return new FilterCriteria<>(root, cb).equal("organizationId", organizationId);
    }

    public FilterCriteria<R> equal(String attribute, Object value) {
        if (value != null) {
            predicates.add(cb.equal(root.get(attribute), value));
        }
        return this;
    }

    /** {@code from} and {@code to} both included. */
    public FilterCriteria<R> between(String attribute, Instant from, Instant to) {
        if (from != null) {
            predicates.add(cb.greaterThanOrEqualTo(root.get(attribute), from));
        }
        if (to != null) {
            predicates.add(cb.lessThanOrEqualTo(root.get(attribute), to));
        }
        return this;
    }

    public Predicate all() {
        return cb.and(predicates.toArray(Predicate[]::new));
    }
}
