package com.vivanta.ops.query.vendors;

import com.vivanta.ops.api.vendors.VendorFilter;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/** The SQL criteria behind vendor lists; every one is confined to one organization. */
final class VendorSpecifications {

    private VendorSpecifications() {
    }

    static Specification<VendorRow> matching(UUID organizationId, VendorFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("organizationId"), organizationId));
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (hasText(filter.tradeCategory())) {
                predicates.add(cb.equal(cb.lower(root.get("tradeCategory")), lowerTrimmed(filter.tradeCategory())));
            }
            if (hasText(filter.region())) {
                // A whole region, not part of one: "North" must not find vendors serving only "Northgate".
                // EXISTS rather than a join, so that a vendor counts once in the page and its total.
                Subquery<Integer> serving = query.subquery(Integer.class);
                Root<VendorRow> sameVendor = serving.correlate(root);
                serving.select(cb.literal(1))
                       .where(cb.equal(cb.lower(sameVendor.join("serviceRegions")), lowerTrimmed(filter.region())));
                predicates.add(cb.exists(serving));
            }
            if (hasText(filter.search())) {
                String pattern = "%" + escapeLike(lowerTrimmed(filter.search())) + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
                                     cb.like(cb.lower(root.get("email")), pattern, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static String lowerTrimmed(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
