package com.vivanta.ops.query.properties;

import com.vivanta.ops.api.properties.PropertyFilter;
import com.vivanta.ops.api.properties.UnitFilter;
import com.vivanta.ops.query.common.TextSearch;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/** The SQL criteria behind property and unit lists; every one is confined to one organization. */
final class DirectorySpecifications {

    private DirectorySpecifications() {
    }

    static Specification<PropertyRow> properties(UUID organizationId, PropertyFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("organizationId"), organizationId));
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.propertyType() != null) {
                predicates.add(cb.equal(root.get("propertyType"), filter.propertyType()));
            }
            if (TextSearch.given(filter.search())) {
                predicates.add(TextSearch.anyContains(cb, filter.search(), root.get("name"), root.get("propertyCode"),
                                                      root.get("city")));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    static Specification<UnitRow> units(UUID organizationId, UUID propertyId, UnitFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("organizationId"), organizationId));
            predicates.add(cb.equal(root.get("propertyId"), propertyId));
            if (filter.occupancyStatus() != null) {
                predicates.add(cb.equal(root.get("occupancyStatus"), filter.occupancyStatus()));
            }
            if (filter.buildingId() != null) {
                predicates.add(cb.equal(root.get("buildingId"), filter.buildingId()));
            }
            if (TextSearch.given(filter.search())) {
                predicates.add(TextSearch.anyContains(cb, filter.search(), root.get("unitNumber"),
                                                      root.get("floorLabel")));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
