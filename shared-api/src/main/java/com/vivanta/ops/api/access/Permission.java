package com.vivanta.ops.api.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * The permission catalogue. Endpoints name the permissions they need; roles grant them. The
 * {@link #key()} is the stable name stored in events and shown by the API.
 */
public enum Permission {
    ORGANIZATION_READ("organization.read", "Read organization records"),
    ORGANIZATION_WRITE("organization.write", "Change organization settings such as SLA targets"),
    USER_READ("user.read", "Read users"),
    USER_WRITE("user.write", "Create/update users"),
    ROLE_READ("role.read", "Read roles and permissions"),
    ROLE_WRITE("role.write", "Manage roles and user role assignments"),
    AUDIT_READ("audit.read", "Read audit events"),
    PROPERTY_READ("property.read", "Read property, building, and unit records"),
    PROPERTY_WRITE("property.write", "Create/update property, building, and unit records"),
    OWNER_READ("owner.read", "Read owner records and ownership links"),
    OWNER_WRITE("owner.write", "Create/update owner records and ownership links"),
    VENDOR_READ("vendor.read", "Read vendor directory records"),
    VENDOR_WRITE("vendor.write", "Create/update vendor directory records"),
    DOCUMENT_READ("document.read", "Read document metadata and linked records"),
    DOCUMENT_WRITE("document.write", "Upload and update document metadata"),
    DOCUMENT_LINK("document.link", "Link/unlink documents to operational entities"),
    DOCUMENT_REPROCESS("document.reprocess", "Request document reprocessing"),
    COMMUNICATION_READ("communication.read", "Read communication threads and messages"),
    COMMUNICATION_WRITE("communication.write", "Create/update communication threads and messages"),
    COMMUNICATION_ASSIGN("communication.assign", "Assign communication threads"),
    CASE_READ("case.read", "Read operational cases"),
    CASE_WRITE("case.write", "Create/update operational cases"),
    CASE_ASSIGN("case.assign", "Assign operational cases"),
    TASK_READ("task.read", "Read operational tasks"),
    TASK_WRITE("task.write", "Create/update operational tasks"),
    TASK_ASSIGN("task.assign", "Assign operational tasks to users"),
    WORKORDER_READ("workorder.read", "Read work orders"),
    WORKORDER_WRITE("workorder.write", "Create/update work orders"),
    WORKORDER_ASSIGN("workorder.assign", "Assign work order vendors"),
    WORKORDER_OVERRIDE("workorder.override", "Dispatch a vendor who fails the compliance check, with a reason"),
    WORKORDER_OWNER_DECISION("workorder.owner-decision",
                             "Record an owner's approval decision given by phone, e-mail or the portal"),
    INVOICE_READ("invoice.read", "Read invoice records"),
    INVOICE_WRITE("invoice.write", "Create/update invoice records"),
    INVOICE_REVIEW("invoice.review", "Submit and manage invoice review state"),
    INVOICE_APPROVE("invoice.approve", "Approve/reject invoices"),
    INVOICE_APPROVE_OVER_NTE("invoice.approve-over-nte",
                             "Approve an invoice whose total exceeds its work order's not-to-exceed plus tolerance"),
    APPROVAL_READ("approval.read", "Read approval flows and steps"),
    APPROVAL_WRITE("approval.write", "Act on approval flows"),
    APPROVAL_ADMIN("approval.admin", "Manage the approval policy and reassign approval steps"),
    WORKFLOW_READ("workflow.read", "Read workflow runs and workflow events"),
    WORKFLOW_WRITE("workflow.write", "Control workflow retry/cancel actions"),
    PORTAL_READ("portal.read", "Read owner-safe portal projections"),
    AI_READ("ai.read", "Read AI runs, suggestions, and AI metadata"),
    AI_WRITE("ai.write", "Create AI runs and apply AI suggestions"),
    AI_OBSERVE("ai.observe", "Observe AI usage and summary analytics"),
    AI_EVALUATE("ai.evaluate", "Create AI evaluations on runs and suggestions"),
    AI_ADMIN("ai.admin", "Manage AI provider and prompt configuration"),
    // Added beyond the seed's catalogue:
    PLATFORM_ADMIN("platform.admin",
                   "Operate the platform: create organizations, rebuild projections, retry dead letters, metrics",
                   true);

    private final String key;
    private final String description;
    private final boolean platformOnly;

    Permission(String key, String description) {
        this(key, description, false);
    }

    Permission(String key, String description, boolean platformOnly) {
        this.key = key;
        this.description = description;
        this.platformOnly = platformOnly;
    }

    /**
     * Whether only the platform operator may hold it: it reaches across organizations, so no role of a
     * tenant can grant it.
     */
    public boolean platformOnly() {
        return platformOnly;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public static Optional<Permission> byKey(String key) {
        return Arrays.stream(values()).filter(permission -> permission.key.equals(key)).findFirst();
    }
}
