package com.vivanta.ops.query.task;

import com.vivanta.ops.api.task.ReviewTaskType;
import com.vivanta.ops.api.task.TaskFilter;
import com.vivanta.ops.api.task.TaskQueue;
import com.vivanta.ops.api.task.TaskStatus;
import com.vivanta.ops.query.common.TextSearch;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.jpa.domain.Specification;

/** The SQL criteria behind task lists and queues; every one is confined to one organization. */
final class TaskSpecifications {

    /** Tasks someone still has to do: neither DONE nor CANCELLED. */
    private static final Set<TaskStatus> OPEN = Arrays.stream(TaskStatus.values())
                                                      .filter(status -> !status.isTerminal())
                                                      .collect(Collectors.toCollection(
                                                              () -> EnumSet.noneOf(TaskStatus.class)));

    private TaskSpecifications() {
    }

    static Specification<TaskRow> matching(UUID organizationId, TaskFilter filter) {
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
            if (filter.relatedEntityType() != null) {
                predicates.add(cb.equal(root.get("relatedEntityType"), filter.relatedEntityType()));
            }
            if (filter.relatedEntityId() != null) {
                predicates.add(cb.equal(root.get("relatedEntityId"), filter.relatedEntityId()));
            }
            if (filter.dueFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("dueAt"), filter.dueFrom()));
            }
            if (filter.dueTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("dueAt"), filter.dueTo()));
            }
            if (filter.createdFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("createdAt"), filter.createdFrom()));
            }
            if (filter.createdTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("createdAt"), filter.createdTo()));
            }
            if (TextSearch.given(filter.search())) {
                predicates.add(TextSearch.anyContains(cb, filter.search(), root.get("title"), root.get("description")));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    static Specification<TaskRow> inQueue(UUID organizationId, TaskQueue queue, UUID userId) {
        return (root, query, cb) -> {
            Predicate openInTenant = cb.and(cb.equal(root.get("organizationId"), organizationId),
                                            root.get("status").in(OPEN));
            return switch (queue) {
                case MY_WORK -> cb.and(openInTenant, cb.equal(root.get("assignedUserId"), userId));
                case REVIEW -> cb.and(openInTenant,
                                      cb.lower(cb.trim(root.get("taskType"))).in(ReviewTaskType.keys()));
            };
        };
    }
}
