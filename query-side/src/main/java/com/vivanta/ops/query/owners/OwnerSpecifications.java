package com.vivanta.ops.query.owners;

import com.vivanta.ops.api.owners.OwnerFilter;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/** The SQL criteria behind the owner list; always confined to one organization. */
final class OwnerSpecifications {

    private OwnerSpecifications() {
    }

    static Specification<OwnerRow> matching(UUID organizationId, OwnerFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("organizationId"), organizationId));
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.search() != null && !filter.search().isBlank()) {
                String pattern = "%" + escapeLike(filter.search().trim().toLowerCase(Locale.ROOT)) + "%";
                // E-mails are stored lower-cased already; names are not.
                predicates.add(cb.or(cb.like(cb.lower(root.get("displayName")), pattern, '\\'),
                                     cb.like(root.get("email"), pattern, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** "%" and "_" in a search are meant literally, not as wildcards. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
