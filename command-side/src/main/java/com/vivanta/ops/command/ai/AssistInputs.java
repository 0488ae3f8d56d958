package com.vivanta.ops.command.ai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiTarget;
import com.vivanta.ops.api.ai.AiTargetType;
import com.vivanta.ops.api.cases.CaseOpenedEvent;
import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.cases.CaseStatus;
import com.vivanta.ops.api.cases.CaseView;
import com.vivanta.ops.api.cases.FindCaseQuery;
import com.vivanta.ops.api.invoice.FindInvoiceQuery;
import com.vivanta.ops.api.invoice.InvoiceView;
import com.vivanta.ops.api.properties.FindPropertyQuery;
import com.vivanta.ops.api.properties.PropertyView;
import com.vivanta.ops.api.vendors.FindVendorQuery;
import com.vivanta.ops.api.vendors.VendorView;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * What a provider is told about a target, taken from the operator's read models through the query
 * gateway, together with the target's version it describes — the version a suggestion made from it is
 * tied to. Only business fields go out: no user data beyond what the operator sees on the entity.
 */
@Component
class AssistInputs {

    /** A target as the provider sees it, at one version. */
    record Subject(AiCapability capability, AiTarget target, ObjectNode input, long targetVersion) {
    }

    private final QueryGateway queryGateway;
    private final ReadYourWrites readYourWrites;
    private final ObjectMapper objectMapper;

    AssistInputs(QueryGateway queryGateway, ReadYourWrites readYourWrites, ObjectMapper objectMapper) {
        this.queryGateway = queryGateway;
        this.readYourWrites = readYourWrites;
        this.objectMapper = objectMapper;
    }

    /**
     * The subject for a target, once its read model shows every event stored for it so far; empty when the
     * target is unknown in the organization (or its read model lags beyond the read-your-writes bound).
     */
    Optional<Subject> about(UUID organizationId, AiCapability capability, AiTarget target) {
        return switch (target.entityType()) {
            case CASE -> readYourWrites.awaitView(target.entityId(), new FindCaseQuery(organizationId,
                                                                                       target.entityId()),
                                                  CaseView.class)
                                       .map(view -> new Subject(capability, target, caseInput(
                                               view.organizationId(), view.id(), view.title(), view.description(),
                                               view.caseType(), view.priority(), view.status(), view.dueAt(),
                                               view.propertyId()), view.version()));
            case INVOICE -> readYourWrites.awaitView(target.entityId(),
                                                     new FindInvoiceQuery(organizationId, target.entityId()),
                                                     InvoiceView.class)
                                          .map(view -> new Subject(capability, target, invoiceInput(view),
                                                                   view.version()));
        };
    }

    /**
     * The subject for a case as it was opened: the event tells all the provider is told, so nothing waits for
     * the case's read model.
     */
    Subject aboutOpenedCase(CaseOpenedEvent event, long sequence) {
        return new Subject(AiCapability.CASE_ASSIST, new AiTarget(AiTargetType.CASE, event.caseId()),
                           caseInput(event.organizationId(), event.caseId(), event.title(), event.description(),
                                     event.caseType(), event.priority(), CaseStatus.OPEN, event.dueAt(),
                                     event.propertyId()),
                           sequence);
    }

    /** The subject for a target the organization already has; empty at once when it has none such. */
    Optional<Subject> aboutExisting(UUID organizationId, AiCapability capability, AiTarget target) {
        Object query = switch (target.entityType()) {
            case CASE -> new FindCaseQuery(organizationId, target.entityId());
            case INVOICE -> new FindInvoiceQuery(organizationId, target.entityId());
        };
        Class<?> view = target.entityType() == AiTargetType.CASE ? CaseView.class : InvoiceView.class;
        return find(query, view).isPresent() ? about(organizationId, capability, target) : Optional.empty();
    }

    /** The target type each capability works on; GENERAL runs may be about either. */
    static boolean fits(AiCapability capability, AiTargetType type) {
        return switch (capability) {
            case CASE_ASSIST -> type == AiTargetType.CASE;
            case APPROVAL_ASSIST -> type == AiTargetType.INVOICE;
            case GENERAL -> true;
        };
    }

    private ObjectNode caseInput(UUID organizationId, UUID caseId, String title, String description, String caseType,
                                 CasePriority priority, CaseStatus status, Instant dueAt, UUID propertyId) {
        ObjectNode input = objectMapper.createObjectNode();
        ObjectNode aCase = input.putObject("case");
        aCase.put("id", caseId.toString());
        aCase.put("title", title);
        aCase.put("description", description);
        aCase.put("caseType", caseType);
        aCase.put("priority", priority.name());
        aCase.put("status", status.name());
        aCase.put("dueAt", dueAt == null ? null : dueAt.toString());
        input.set("property", propertyId == null ? null
                : find(new FindPropertyQuery(organizationId, propertyId), PropertyView.class)
                        .map(property -> (ObjectNode) objectMapper.createObjectNode()
                                                                  .put("id", property.id().toString())
                                                                  .put("propertyCode", property.propertyCode())
                                                                  .put("name", property.name()))
                        .orElse(null));
        return input;
    }

    private ObjectNode invoiceInput(InvoiceView view) {
        ObjectNode input = objectMapper.createObjectNode();
        ObjectNode invoice = input.putObject("invoice");
        invoice.put("id", view.id().toString());
        invoice.put("status", view.status().name());
        invoice.put("invoiceNumber", view.invoiceNumber());
        invoice.put("invoiceDate", String.valueOf(view.invoiceDate()));
        invoice.put("dueDate", view.dueDate() == null ? null : view.dueDate().toString());
        invoice.put("currency", view.currency());
        invoice.put("expenseCategory", view.expenseCategory() == null ? null : view.expenseCategory().name());
        invoice.put("subtotal", view.subtotal().amount().toPlainString());
        invoice.put("tax", view.tax().amount().toPlainString());
        invoice.put("totalAmount", view.total().amount().toPlainString());
        invoice.put("duplicateCheckStatus", String.valueOf(view.duplicateCheckStatus()));
        input.set("vendor", find(new FindVendorQuery(view.organizationId(), view.vendorId()), VendorView.class)
                .map(vendor -> (ObjectNode) objectMapper.createObjectNode()
                                                        .put("id", vendor.id().toString())
                                                        .put("name", vendor.name())
                                                        .put("tradeCategory", vendor.tradeCategory()))
                .orElse(null));
        ArrayNode lines = input.putArray("lines");
        view.lines().stream().limit(50).forEach(line -> lines.addObject()
                                                             .put("description", line.description())
                                                             .put("quantity", line.quantity().toPlainString())
                                                             .put("unitPrice", line.unitPrice().toPlainString())
                                                             .put("amount", line.amount().toPlainString())
                                                             .put("glAccount", line.glAccount()));
        return input;
    }

    private <V> Optional<V> find(Object query, Class<V> type) {
        return Futures.join(queryGateway.query(query, ResponseTypes.optionalInstanceOf(type)));
    }
}
