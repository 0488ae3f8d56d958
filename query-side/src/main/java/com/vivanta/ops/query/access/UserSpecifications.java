package com.vivanta.ops.query.access;

import com.vivanta.ops.api.access.UserFilter;
import com.vivanta.ops.query.common.TextSearch;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/** The SQL criteria behind the user list; always confined to one organization. */
final class UserSpecifications {

    private UserSpecifications() {
    }

    static Specification<UserRow> matching(UUID organizationId, UserFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("organizationId"), organizationId));
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.userType() != null) {
                predicates.add(cb.equal(root.get("userType"), filter.userType()));
            }
            if (TextSearch.given(filter.search())) {
                predicates.add(TextSearch.anyContains(cb, filter.search(), root.get("email"), root.get("firstName"),
                                                      root.get("lastName")));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
