package com.vivanta.ops.query.access;

import com.vivanta.ops.query.common.PersistingRows;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRowRepository extends JpaRepository<OrganizationRow, UUID> {
}

interface RoleRowRepository extends JpaRepository<RoleRow, UUID> {

    List<RoleRow> findByOrganizationIdOrderByRoleName(UUID organizationId);

    @Query("select distinct p from RoleRow r join r.permissions p where r.id in :roleIds and r.organizationId = :org")
    List<String> permissionsOf(Collection<UUID> roleIds, UUID org);
}

interface UserRowRepository extends JpaRepository<UserRow, UUID>, PersistingRows<UserRow>, JpaSpecificationExecutor<UserRow> {

    @Query("select u from UserRow u where lower(u.email) = lower(:email)")
    List<UserRow> findByEmail(String email);
}
