package com.vivanta.ops.query.invoice;

import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.invoice.DuplicateCheckStatus;
import com.vivanta.ops.api.invoice.InvoiceFilter;
import com.vivanta.ops.api.invoice.InvoiceQueue;
import com.vivanta.ops.api.invoice.InvoiceStatus;
import com.vivanta.ops.api.invoice.NteCheck;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/** The SQL criteria behind invoice lists, queues and the soft duplicate check; each is confined to one organization. */
final class InvoiceSpecifications {

    /** How close two totals must be, as a fraction of the total checked, for the invoices to look alike. */
    private static final BigDecimal SIMILAR_AMOUNT = new BigDecimal("0.01");
    /** How far apart, in days either way, the invoice dates of two look-alike invoices may be. */
    private static final int SIMILAR_DAYS = 30;

    private InvoiceSpecifications() {
    }

    static Specification<InvoiceRow> matching(UUID organizationId, InvoiceFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("organizationId"), organizationId));
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.vendorId() != null) {
                predicates.add(cb.equal(root.get("vendorId"), filter.vendorId()));
            }
            if (filter.propertyId() != null) {
                predicates.add(cb.equal(root.get("propertyId"), filter.propertyId()));
            }
            if (filter.workOrderId() != null) {
                predicates.add(cb.equal(root.get("workOrderId"), filter.workOrderId()));
            }
            if (filter.sourceDocumentId() != null) {
                predicates.add(cb.equal(root.get("sourceDocumentId"), filter.sourceDocumentId()));
            }
            if (filter.duplicateCheckStatus() != null) {
                predicates.add(cb.equal(root.get("duplicateCheckStatus"), filter.duplicateCheckStatus()));
            }
            if (filter.invoiceDateFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("invoiceDate"), filter.invoiceDateFrom()));
            }
            if (filter.invoiceDateTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("invoiceDate"), filter.invoiceDateTo()));
            }
            if (filter.dueDateFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("dueDate"), filter.dueDateFrom()));
            }
            if (filter.dueDateTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("dueDate"), filter.dueDateTo()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    static Specification<InvoiceRow> inQueue(UUID organizationId, InvoiceQueue queue) {
        return (root, query, cb) -> {
            Predicate tenant = cb.equal(root.get("organizationId"), organizationId);
            return switch (queue) {
                case PENDING_REVIEW -> cb.and(tenant, cb.equal(root.get("status"), InvoiceStatus.PENDING_REVIEW));
                case PENDING_APPROVAL -> cb.and(tenant, cb.equal(root.get("status"), InvoiceStatus.PENDING_APPROVAL));
                // Whatever needs a person to look again: refused, possibly paid twice, or above the agreed
                // ceiling. An exported invoice has been dealt with.
                case EXCEPTIONS -> cb.and(tenant,
                                          cb.notEqual(root.get("status"), InvoiceStatus.EXPORTED),
                                          cb.or(cb.equal(root.get("status"), InvoiceStatus.REJECTED),
                                                cb.equal(root.get("duplicateCheckStatus"),
                                                         DuplicateCheckStatus.SUSPECTED_DUPLICATE),
                                                cb.equal(root.get("nteCheck"), NteCheck.EXCEEDS_NTE)));
            };
        };
    }

    /**
     * The organization's other invoices of the vendor, not rejected, in the same currency, whose total is
     * within 1 % of {@code total} and whose invoice date is within 30 days of {@code invoiceDate} either way.
     */
    static Specification<InvoiceRow> similarTo(UUID organizationId, UUID invoiceId, UUID vendorId, Money total,
                                               LocalDate invoiceDate) {
        BigDecimal tolerance = total.amount().abs().multiply(SIMILAR_AMOUNT);
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>(List.of(
                    cb.equal(root.get("organizationId"), organizationId),
                    cb.equal(root.get("vendorId"), vendorId),
                    cb.notEqual(root.get("status"), InvoiceStatus.REJECTED),
                    cb.equal(root.get("total").get("currency"), total.currency()),
                    cb.between(root.get("total").get("amount"), total.amount().subtract(tolerance),
                               total.amount().add(tolerance)),
                    cb.between(root.get("invoiceDate"), invoiceDate.minusDays(SIMILAR_DAYS),
                               invoiceDate.plusDays(SIMILAR_DAYS))));
            if (invoiceId != null) {
                // The invoice being checked, once stored, is not a duplicate of itself.
                predicates.add(cb.notEqual(root.get("id"), invoiceId));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
