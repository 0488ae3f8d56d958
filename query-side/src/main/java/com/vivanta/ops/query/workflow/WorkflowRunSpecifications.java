package com.vivanta.ops.query.workflow;

import com.vivanta.ops.api.workflow.WorkflowRunFilter;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/** The SQL criteria behind the run list; confined to one organization and the kinds of entity the caller reads. */
final class WorkflowRunSpecifications {

    private WorkflowRunSpecifications() {
    }

    static Specification<WorkflowRunRow> matching(UUID organizationId, WorkflowRunFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("organizationId"), organizationId));
            predicates.add(filter.readableTargets().isEmpty() ? cb.disjunction()
                                   : root.get("targetEntityType").in(filter.readableTargets()));
            if (filter.workflowType() != null) {
                predicates.add(cb.equal(root.get("workflowType"), filter.workflowType()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.targetEntityType() != null) {
                predicates.add(cb.equal(root.get("targetEntityType"), filter.targetEntityType()));
            }
            if (filter.targetEntityId() != null) {
                predicates.add(cb.equal(root.get("targetEntityId"), filter.targetEntityId()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
