package com.vivanta.ops.command.workorder;

import static com.vivanta.ops.api.common.MessageMetadata.CORRELATION_ID;
import static com.vivanta.ops.api.common.MessageMetadata.ORGANIZATION_ID;
import static com.vivanta.ops.api.common.MessageMetadata.REQUEST_ID;
import static com.vivanta.ops.api.common.MessageMetadata.USER_ID;

import com.vivanta.ops.api.cases.AttachWorkOrderCommand;
import com.vivanta.ops.api.cases.ReleaseWorkOrderCommand;
import com.vivanta.ops.api.workorder.WorkOrderCancelledEvent;
import com.vivanta.ops.api.workorder.WorkOrderCompletedEvent;
import com.vivanta.ops.api.workorder.WorkOrderCreatedEvent;
import com.vivanta.ops.api.workorder.WorkOrderReopenedEvent;
import com.vivanta.ops.api.workorder.WorkOrderStatus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Keeps each case's list of open work orders in step with the work orders themselves, so that a case
 * cannot close while work on it is open and no work starts on a closed case.
 *
 * <p>It runs in a subscribing processor, inside the transaction of the work-order command that caused
 * the event, and its failures propagate: when the case refuses (it was closed meanwhile), the work
 * order's change is refused and rolled back with it. Both changes append to the case's event stream,
 * which orders them against a concurrent close of that case.
 */
@Component
@ProcessingGroup(CaseWorkOrderTracker.PROCESSING_GROUP)
public class CaseWorkOrderTracker {

    /** Must run subscribing, with errors propagating and no dead-letter queue: see the class comment. */
    public static final String PROCESSING_GROUP = "case-work-order-tracker";

    private final CommandGateway commandGateway;

    CaseWorkOrderTracker(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(WorkOrderCreatedEvent event, MetaData metaData) {
        send(new AttachWorkOrderCommand(event.caseId(), event.workOrderId(), event.workOrderNumber(), false),
             metaData);
    }

    @EventHandler
    void on(WorkOrderReopenedEvent event, MetaData metaData) {
        send(new AttachWorkOrderCommand(event.caseId(), event.workOrderId(), null, true), metaData);
    }

    @EventHandler
    void on(WorkOrderCompletedEvent event, MetaData metaData) {
        send(new ReleaseWorkOrderCommand(event.caseId(), event.workOrderId(), WorkOrderStatus.COMPLETED), metaData);
    }

    @EventHandler
    void on(WorkOrderCancelledEvent event, MetaData metaData) {
        send(new ReleaseWorkOrderCommand(event.caseId(), event.workOrderId(), WorkOrderStatus.CANCELLED), metaData);
    }

    /** The case's change is made for the same tenant and actor, in the same conversation, as the cause. */
    private void send(Object command, MetaData cause) {
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(
                cause.subset(ORGANIZATION_ID, USER_ID, CORRELATION_ID, REQUEST_ID)));
    }
}
