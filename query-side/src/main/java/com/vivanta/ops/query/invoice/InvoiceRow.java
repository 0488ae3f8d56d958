package com.vivanta.ops.query.invoice;

import com.vivanta.ops.api.invoice.DuplicateCheckStatus;
import com.vivanta.ops.api.invoice.ExpenseCategory;
import com.vivanta.ops.api.invoice.InvoiceLine;
import com.vivanta.ops.api.invoice.InvoiceStatus;
import com.vivanta.ops.api.invoice.InvoiceTotals;
import com.vivanta.ops.api.invoice.InvoiceView;
import com.vivanta.ops.api.invoice.NteCheck;
import com.vivanta.ops.query.common.ReflectingRow;
import com.vivanta.ops.query.common.MoneyColumns;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of the {@code invoice-view} read model, with its lines. Every value is derived from the invoice's events. */
@Entity
@Table(name = "invoice_view")
class InvoiceRow extends ReflectingRow {

    @Id
    private UUID id;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Column(name = "vendor_id")
    private UUID vendorId;
    @Column(name = "property_id")
    private UUID propertyId;
    @Column(name = "work_order_id")
    private UUID workOrderId;
    @Column(name = "source_document_id")
    private UUID sourceDocumentId;
    @Column(name = "invoice_number")
    private String invoiceNumber;
    @Column(name = "invoice_date")
    private LocalDate invoiceDate;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(nullable = false)
    private String currency;
    @Enumerated(EnumType.STRING)
    @Column(name = "expense_category")
    private ExpenseCategory expenseCategory;
    // A page of invoices loads its lines in one more query.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invoice_line_view", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderBy("lineNumber")
    @BatchSize(size = 100)
    private List<InvoiceLineColumns> lines = new ArrayList<>();
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "subtotal_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "subtotal_currency"))
    private MoneyColumns subtotal;
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "tax_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "tax_currency"))
    private MoneyColumns tax;
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "total_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "total_currency"))
    private MoneyColumns total;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvoiceStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "duplicate_check_status", nullable = false)
    private DuplicateCheckStatus duplicateCheckStatus;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "similar_invoice_ids", nullable = false)
    private List<UUID> similarInvoiceIds;
    @Column(name = "duplicate_cleared_reason")
    private String duplicateClearedReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "nte_check")
    private NteCheck nteCheck;
    @Column(name = "current_flow_id")
    private UUID currentFlowId;
    @Column(name = "policy_id")
    private UUID policyId;
    @Column(name = "policy_version")
    private Integer policyVersion;
    @Column(name = "policy_rule")
    private String policyRule;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Column(name = "export_id")
    private UUID exportId;
    @Column(name = "exported_at")
    private Instant exportedAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected InvoiceRow() {
    }

    InvoiceRow(UUID id, UUID organizationId, UUID vendorId, UUID propertyId, UUID workOrderId,
               UUID sourceDocumentId, String currency, String createdBy, Instant createdAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.vendorId = vendorId;
        this.propertyId = propertyId;
        this.workOrderId = workOrderId;
        this.sourceDocumentId = sourceDocumentId;
        this.currency = currency;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = InvoiceStatus.DRAFT;
        this.duplicateCheckStatus = DuplicateCheckStatus.CLEAR;
        this.similarInvoiceIds = List.of();
        totals(InvoiceTotals.of(currency, List.of()));
    }

    InvoiceView toView() {
        return new InvoiceView(id, organizationId, vendorId, propertyId, workOrderId, sourceDocumentId, invoiceNumber,
                               invoiceDate, dueDate, currency, expenseCategory,
                               lines.stream().map(InvoiceLineColumns::toView).toList(),
                               MoneyColumns.toMoney(subtotal), MoneyColumns.toMoney(tax), MoneyColumns.toMoney(total),
                               status, duplicateCheckStatus, similarInvoiceIds, duplicateClearedReason, nteCheck,
                               currentFlowId, policyId, policyVersion, policyRule, rejectionReason, exportId,
                               exportedAt, createdBy, submittedBy, createdAt, updatedAt(), version());
    }

    UUID id() {
        return id;
    }

    /** For events about the invoice's flow that change nothing this view shows. */
    void unchanged() {
        // only the version and update time move, in reflect()
    }

    void details(String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate, ExpenseCategory expenseCategory) {
        this.invoiceNumber = invoiceNumber;
        this.invoiceDate = invoiceDate;
        this.dueDate = dueDate;
        this.expenseCategory = expenseCategory;
    }

    /** Adds the line, or replaces the one with its number; lines stay in line-number order. */
    void putLine(InvoiceLine line, InvoiceTotals totals) {
        lines.removeIf(existing -> existing.lineNumber() == line.lineNumber());
        lines.add(new InvoiceLineColumns(line, currency));
        lines.sort(Comparator.comparingInt(InvoiceLineColumns::lineNumber));
        totals(totals);
    }

    void removeLine(int lineNumber, InvoiceTotals totals) {
        lines.removeIf(existing -> existing.lineNumber() == lineNumber);
        totals(totals);
    }

    /** The aggregate's totals, as the event states them: this read model never sums lines itself. */
    private void totals(InvoiceTotals totals) {
        this.subtotal = MoneyColumns.of(totals.subtotal());
        this.tax = MoneyColumns.of(totals.tax());
        this.total = MoneyColumns.of(totals.total());
    }

    void suspectedDuplicate(List<UUID> similarInvoiceIds) {
        this.duplicateCheckStatus = DuplicateCheckStatus.SUSPECTED_DUPLICATE;
        this.similarInvoiceIds = List.copyOf(similarInvoiceIds);
        this.duplicateClearedReason = null;
    }

    void duplicateSuspicionCleared(String reason) {
        this.duplicateCheckStatus = DuplicateCheckStatus.CLEARED;
        this.duplicateClearedReason = reason;
    }

    void submittedForReview(String submittedBy, NteCheck nteCheck) {
        this.status = InvoiceStatus.PENDING_REVIEW;
        this.submittedBy = submittedBy;
        this.nteCheck = nteCheck;
    }

    void flowStarted(UUID flowId, UUID policyId, int policyVersion, String policyRule, String submittedBy,
                     NteCheck nteCheck) {
        this.status = InvoiceStatus.PENDING_APPROVAL;
        this.currentFlowId = flowId;
        this.policyId = policyId;
        this.policyVersion = policyVersion;
        this.policyRule = policyRule;
        this.submittedBy = submittedBy;
        this.nteCheck = nteCheck;
    }

    void status(InvoiceStatus status) {
        this.status = status;
    }

    void rejected(String reason) {
        this.status = InvoiceStatus.REJECTED;
        this.rejectionReason = reason;
    }

    void exported(UUID exportId, Instant at) {
        this.status = InvoiceStatus.EXPORTED;
        this.exportId = exportId;
        this.exportedAt = at;
    }
}
