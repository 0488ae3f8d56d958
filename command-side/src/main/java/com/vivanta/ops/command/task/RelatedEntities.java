package com.vivanta.ops.command.task;

import com.vivanta.ops.api.cases.CaseView;
import com.vivanta.ops.api.cases.FindCaseQuery;
import com.vivanta.ops.api.common.InvalidReferenceException;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.invoice.FindInvoiceQuery;
import com.vivanta.ops.api.invoice.InvoiceView;
import com.vivanta.ops.api.task.RelatedEntity;
import com.vivanta.ops.api.task.RelatedEntityType;
import com.vivanta.ops.api.workorder.FindWorkOrderQuery;
import com.vivanta.ops.api.workorder.WorkOrderView;
import com.vivanta.ops.command.common.References;
import com.vivanta.ops.platform.messaging.Futures;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Checks that the entity a task is to be about exists in the caller's organization (the seed stored any
 * string). Another organization's entity is answered exactly like a missing one.
 */
@Component
class RelatedEntities {

    static final String TYPE_FIELD = "relatedEntityType";
    static final String ID_FIELD = "relatedEntityId";

    private final QueryGateway queryGateway;
    private final References references;

    RelatedEntities(QueryGateway queryGateway, References references) {
        this.queryGateway = queryGateway;
        this.references = references;
    }

    /** {@code null} (about nothing) is always fine. */
    void require(UUID organizationId, RelatedEntity related) {
        if (related == null) {
            return;
        }
        UUID id = related.id();
        switch (related.type()) {
            case CASE -> requireFound(find(new FindCaseQuery(organizationId, id), CaseView.class), id, "case");
            case WORK_ORDER -> requireFound(find(new FindWorkOrderQuery(organizationId, id), WorkOrderView.class), id,
                                            "work order");
            // Like a case, a task may not point at an archived property.
            case PROPERTY -> references.requireProperty(organizationId, id, ID_FIELD);
            case INVOICE -> requireFound(find(new FindInvoiceQuery(organizationId, id), InvoiceView.class), id,
                                         "invoice");
        }
    }

    /**
     * The relation a request asks for from its two fields, which go together: both or neither. A
     * {@code null} answer means "about nothing".
     */
    static RelatedEntity of(RelatedEntityType type, UUID id) {
        if (type == null && id == null) {
            return null;
        }
        if (type == null) {
            throw new InvalidValueException(TYPE_FIELD, null, "is required together with " + ID_FIELD);
        }
        if (id == null) {
            throw new InvalidValueException(ID_FIELD, null, "is required together with " + TYPE_FIELD);
        }
        return new RelatedEntity(type, id);
    }

    private <V> Optional<V> find(Object query, Class<V> viewType) {
        return Futures.join(queryGateway.query(query, ResponseTypes.optionalInstanceOf(viewType)));
    }

    private static void requireFound(Optional<?> entity, UUID id, String kind) {
        if (entity.isEmpty()) {
            throw new InvalidReferenceException(ID_FIELD, id, "no such " + kind + " in this organization");
        }
    }
}
