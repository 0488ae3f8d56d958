package com.vivanta.ops.query.audit;

import com.vivanta.ops.api.audit.AuditFilter;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/** The SQL criteria behind the audit log; every one is confined to one organization. */
final class AuditSpecifications {

    private AuditSpecifications() {
    }

    static Specification<AuditEntryRow> matching(UUID organizationId, AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("organizationId"), organizationId));
            if (filter.entityType() != null) {
                predicates.add(cb.equal(root.get("entityType"), AuditEntryRow.entityType(filter.entityType())));
            }
            if (filter.entityId() != null) {
                predicates.add(cb.equal(root.get("aggregateId"), filter.entityId()));
            }
            if (filter.actorUserId() != null) {
                predicates.add(cb.equal(root.get("actorUserId"), filter.actorUserId()));
            }
            if (filter.eventType() != null) {
                predicates.add(cb.equal(root.get("eventType"), filter.eventType()));
            }
            if (filter.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
            }
            if (filter.to() != null) {
                predicates.add(cb.lessThan(root.get("occurredAt"), filter.to()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
