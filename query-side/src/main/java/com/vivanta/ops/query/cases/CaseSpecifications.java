package com.vivanta.ops.query.cases;

import com.vivanta.ops.api.cases.CaseFilter;
import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.cases.CaseQueue;
import com.vivanta.ops.api.cases.CaseStatus;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import com.vivanta.ops.query.common.TextSearch;
import org.springframework.data.jpa.domain.Specification;

/** The SQL criteria behind case lists and queues; every one is confined to one organization. */
final class CaseSpecifications {

    /** Cases someone still has to act on: RESOLVED only awaits closing, CLOSED and CANCELLED are over. */
    private static final EnumSet<CaseStatus> ACTIVE = EnumSet.of(CaseStatus.OPEN, CaseStatus.IN_PROGRESS,
                                                                 CaseStatus.WAITING);

    private CaseSpecifications() {
    }

    static Specification<CaseRow> matching(UUID organizationId, CaseFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("organizationId"), organizationId));
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.priority() != null) {
                predicates.add(cb.equal(root.get("priority"), filter.priority()));
            }
            if (filter.assignedUserId() != null) {
                predicates.add(cb.equal(root.get("assignedUserId"), filter.assignedUserId()));
            }
            if (filter.propertyId() != null) {
                predicates.add(cb.equal(root.get("propertyId"), filter.propertyId()));
            }
            if (filter.createdFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("openedAt"), filter.createdFrom()));
            }
            if (filter.createdTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("openedAt"), filter.createdTo()));
            }
            if (TextSearch.given(filter.search())) {
                predicates.add(TextSearch.anyContains(cb, filter.search(), root.get("title"), root.get("description")));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    static Specification<CaseRow> inQueue(UUID organizationId, CaseQueue queue, Instant now) {
        return (root, query, cb) -> {
            Predicate tenant = cb.equal(root.get("organizationId"), organizationId);
            return switch (queue) {
                case OPEN -> cb.and(tenant, root.get("status").in(CaseStatus.OPEN, CaseStatus.IN_PROGRESS));
                case WAITING -> cb.and(tenant, cb.equal(root.get("status"), CaseStatus.WAITING));
                case ESCALATED -> cb.and(tenant,
                                         root.get("status").in(ACTIVE),
                                         cb.or(root.get("priority").in(CasePriority.HIGH, CasePriority.URGENT),
                                               cb.lessThan(root.get("dueAt"), now)));
            };
        };
    }
}
