package com.vivanta.ops.command.access;

import static com.vivanta.ops.api.access.Permission.AI_EVALUATE;
import static com.vivanta.ops.api.access.Permission.AI_OBSERVE;
import static com.vivanta.ops.api.access.Permission.AI_READ;
import static com.vivanta.ops.api.access.Permission.APPROVAL_READ;
import static com.vivanta.ops.api.access.Permission.APPROVAL_WRITE;
import static com.vivanta.ops.api.access.Permission.CASE_ASSIGN;
import static com.vivanta.ops.api.access.Permission.CASE_READ;
import static com.vivanta.ops.api.access.Permission.CASE_WRITE;
import static com.vivanta.ops.api.access.Permission.COMMUNICATION_ASSIGN;
import static com.vivanta.ops.api.access.Permission.COMMUNICATION_READ;
import static com.vivanta.ops.api.access.Permission.COMMUNICATION_WRITE;
import static com.vivanta.ops.api.access.Permission.DOCUMENT_LINK;
import static com.vivanta.ops.api.access.Permission.DOCUMENT_READ;
import static com.vivanta.ops.api.access.Permission.DOCUMENT_REPROCESS;
import static com.vivanta.ops.api.access.Permission.DOCUMENT_WRITE;
import static com.vivanta.ops.api.access.Permission.INVOICE_APPROVE;
import static com.vivanta.ops.api.access.Permission.INVOICE_READ;
import static com.vivanta.ops.api.access.Permission.INVOICE_REVIEW;
import static com.vivanta.ops.api.access.Permission.INVOICE_WRITE;
import static com.vivanta.ops.api.access.Permission.ORGANIZATION_READ;
import static com.vivanta.ops.api.access.Permission.OWNER_READ;
import static com.vivanta.ops.api.access.Permission.OWNER_WRITE;
import static com.vivanta.ops.api.access.Permission.PLATFORM_ADMIN;
import static com.vivanta.ops.api.access.Permission.PORTAL_READ;
import static com.vivanta.ops.api.access.Permission.PROPERTY_READ;
import static com.vivanta.ops.api.access.Permission.PROPERTY_WRITE;
import static com.vivanta.ops.api.access.Permission.TASK_ASSIGN;
import static com.vivanta.ops.api.access.Permission.TASK_READ;
import static com.vivanta.ops.api.access.Permission.TASK_WRITE;
import static com.vivanta.ops.api.access.Permission.VENDOR_READ;
import static com.vivanta.ops.api.access.Permission.VENDOR_WRITE;
import static com.vivanta.ops.api.access.Permission.WORKFLOW_READ;
import static com.vivanta.ops.api.access.Permission.WORKORDER_ASSIGN;
import static com.vivanta.ops.api.access.Permission.WORKORDER_OWNER_DECISION;
import static com.vivanta.ops.api.access.Permission.WORKORDER_READ;
import static com.vivanta.ops.api.access.Permission.WORKORDER_WRITE;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.organization.WellKnownOrganizations;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The roles organizations start with: the seed's four for every tenant (granting what the seed granted
 * them), and the platform operator's role in the platform organization.
 */
enum DefaultRoles {
    ADMIN("admin", "Full access role", tenantPermissions()),
    OPERATIONS("operations", "Day-to-day operations: cases, work, documents, communications",
               EnumSet.of(ORGANIZATION_READ, PROPERTY_READ, PROPERTY_WRITE, OWNER_READ, OWNER_WRITE, VENDOR_READ,
                          VENDOR_WRITE, DOCUMENT_READ, DOCUMENT_WRITE, DOCUMENT_LINK, DOCUMENT_REPROCESS,
                          COMMUNICATION_READ, COMMUNICATION_WRITE, COMMUNICATION_ASSIGN, CASE_READ, CASE_WRITE,
                          CASE_ASSIGN, TASK_READ, TASK_WRITE, TASK_ASSIGN, WORKORDER_READ, WORKORDER_WRITE,
                          WORKORDER_ASSIGN, WORKORDER_OWNER_DECISION, INVOICE_READ, INVOICE_WRITE, INVOICE_REVIEW,
                          APPROVAL_READ, WORKFLOW_READ, AI_READ, AI_OBSERVE, AI_EVALUATE)),
    FINANCE("finance", "Finance approvals role",
            EnumSet.of(ORGANIZATION_READ, INVOICE_READ, INVOICE_WRITE, INVOICE_REVIEW, INVOICE_APPROVE, APPROVAL_READ,
                       APPROVAL_WRITE, WORKFLOW_READ, AI_READ, AI_OBSERVE)),
    OWNER("owner", "Owner-facing role", EnumSet.of(ORGANIZATION_READ, PORTAL_READ)),
    PLATFORM_OPERATOR("platform-operator", "Operates the platform across organizations",
                      EnumSet.of(ORGANIZATION_READ, PLATFORM_ADMIN));

    /** What every new tenant gets. */
    static final Set<DefaultRoles> TENANT_ROLES = EnumSet.of(ADMIN, OPERATIONS, FINANCE, OWNER);

    private final String roleName;
    private final String description;
    private final Set<Permission> permissions;

    DefaultRoles(String roleName, String description, Set<Permission> permissions) {
        this.roleName = roleName;
        this.description = description;
        this.permissions = permissions;
    }

    String roleName() {
        return roleName;
    }

    String description() {
        return description;
    }

    Set<Permission> permissions() {
        return permissions;
    }

    private static Set<Permission> tenantPermissions() {
        Set<Permission> permissions = EnumSet.allOf(Permission.class);
        permissions.removeIf(Permission::platformOnly);
        return permissions;
    }

    /** The standard roles of the organization: the operator's in the platform organization, else the tenant's. */
    static Set<DefaultRoles> of(UUID organizationId) {
        return WellKnownOrganizations.PLATFORM.equals(organizationId) ? EnumSet.of(PLATFORM_OPERATOR) : TENANT_ROLES;
    }

    /** The role whose holders administer the organization (the operator's, for the platform organization). */
    static UUID administratorRoleOf(UUID organizationId) {
        DefaultRoles role = WellKnownOrganizations.PLATFORM.equals(organizationId) ? PLATFORM_OPERATOR : ADMIN;
        return role.idIn(organizationId);
    }

    /** The same id on every start, so that seeding twice creates nothing twice. */
    UUID idIn(UUID organizationId) {
        return UUID.nameUUIDFromBytes((organizationId + "/role/" + roleName).getBytes(StandardCharsets.UTF_8));
    }
}
