package com.vivanta.ops.query.workorder;

import com.vivanta.ops.api.workorder.OwnerApprovalStatus;
import com.vivanta.ops.api.workorder.WorkOrderFilter;
import com.vivanta.ops.api.workorder.WorkOrderQueue;
import com.vivanta.ops.api.workorder.WorkOrderStatus;
import com.vivanta.ops.query.common.TextSearch;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/** The SQL criteria behind work-order lists and queues; every one is confined to one organization. */
final class WorkOrderSpecifications {

    private static final List<WorkOrderStatus> FINISHED = Arrays.stream(WorkOrderStatus.values())
                                                                 .filter(WorkOrderStatus::isTerminal).toList();

    private WorkOrderSpecifications() {
    }

    static Specification<WorkOrderRow> matching(UUID organizationId, WorkOrderFilter filter, Instant now) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("organizationId"), organizationId));
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.vendorId() != null) {
                predicates.add(cb.equal(root.get("vendorId"), filter.vendorId()));
            }
            if (filter.caseId() != null) {
                predicates.add(cb.equal(root.get("caseId"), filter.caseId()));
            }
            if (filter.propertyId() != null) {
                predicates.add(cb.equal(root.get("propertyId"), filter.propertyId()));
            }
            if (filter.overdue() != null) {
                Predicate overdue = overdue(root, cb, now);
                predicates.add(filter.overdue() ? overdue : cb.not(overdue));
            }
            if (filter.createdFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("createdAt"), filter.createdFrom()));
            }
            if (filter.createdTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("createdAt"), filter.createdTo()));
            }
            if (TextSearch.given(filter.search())) {
                predicates.add(TextSearch.anyContains(cb, filter.search(), root.get("workOrderNumber"),
                                                      root.get("title"), root.get("description")));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    static Specification<WorkOrderRow> inQueue(UUID organizationId, WorkOrderQueue queue, Instant now) {
        return (root, query, cb) -> {
            Predicate tenant = cb.equal(root.get("organizationId"), organizationId);
            return switch (queue) {
                case OVERDUE -> cb.and(tenant, overdue(root, cb, now));
                // A cancelled work order's open question is moot.
                case AWAITING_OWNER -> cb.and(tenant, cb.equal(root.get("ownerApprovalStatus"),
                                                               OwnerApprovalStatus.PENDING),
                                              cb.notEqual(root.get("status"), WorkOrderStatus.CANCELLED));
            };
        };
    }

    /** Work still to be finished whose SLA due time has passed; work without a due time is never overdue. */
    private static Predicate overdue(Root<WorkOrderRow> root, CriteriaBuilder cb, Instant now) {
        return cb.and(cb.not(root.get("status").in(FINISHED)),
                      cb.isNotNull(root.get("slaDueAt")),
                      cb.lessThan(root.get("slaDueAt"), now));
    }
}
