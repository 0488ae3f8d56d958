package com.vivanta.ops.command.workorder;

import static com.vivanta.ops.api.workorder.WorkOrderStatus.ACCEPTED;
import static com.vivanta.ops.api.workorder.WorkOrderStatus.ASSIGNED;
import static com.vivanta.ops.api.workorder.WorkOrderStatus.AWAITING_OWNER_APPROVAL;
import static com.vivanta.ops.api.workorder.WorkOrderStatus.COMPLETED;
import static com.vivanta.ops.api.workorder.WorkOrderStatus.IN_PROGRESS;
import static com.vivanta.ops.api.workorder.WorkOrderStatus.ON_HOLD;
import static com.vivanta.ops.api.workorder.WorkOrderStatus.OPEN;
import static com.vivanta.ops.api.workorder.WorkOrderStatus.SCHEDULED;

import com.vivanta.ops.api.common.InvalidTransitionException;
import com.vivanta.ops.api.workorder.WorkOrderStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The steps of a work order's lifecycle and the statuses each may be taken from. A step is named after
 * its action route. Some steps lead to the status they start from (another vendor before the first one
 * accepted, another date for the visit), and resume leads back to wherever the work was held, so the
 * table lists steps rather than target statuses.
 */
enum WorkOrderStep {
    ASSIGN_VENDOR("assign-vendor", EnumSet.of(OPEN, ASSIGNED), true),
    RECORD_ACCEPTANCE("accept", EnumSet.of(ASSIGNED), true),
    RECORD_DECLINE("decline", EnumSet.of(ASSIGNED), false),
    SCHEDULE("schedule", EnumSet.of(ACCEPTED, SCHEDULED), true),
    START("start", EnumSet.of(SCHEDULED), true),
    COMPLETE("mark-complete", EnumSet.of(IN_PROGRESS), true),
    HOLD("hold", EnumSet.of(ASSIGNED, ACCEPTED, SCHEDULED, IN_PROGRESS), false),
    RESUME("resume", EnumSet.of(ON_HOLD), true),
    CANCEL("cancel", EnumSet.of(OPEN, AWAITING_OWNER_APPROVAL, ASSIGNED, ACCEPTED, SCHEDULED, IN_PROGRESS, ON_HOLD),
           false),
    REOPEN("reopen", EnumSet.of(COMPLETED), false);

    private final String action;
    private final Set<WorkOrderStatus> allowedFrom;
    private final boolean advancesWork;

    WorkOrderStep(String action, Set<WorkOrderStatus> allowedFrom, boolean advancesWork) {
        this.action = action;
        this.allowedFrom = allowedFrom;
        this.advancesWork = advancesWork;
    }

    /**
     * Whether the step moves the work towards being done, and so spends the owner's money: such steps
     * wait while an owner's refusal stands.
     */
    boolean advancesWork() {
        return advancesWork;
    }

    void requireAllowedFrom(WorkOrderStatus status) {
        if (!allowedFrom.contains(status)) {
            throw new InvalidTransitionException("Work order", status, action, actionsFrom(status));
        }
    }

    static Set<String> actionsFrom(WorkOrderStatus status) {
        return Arrays.stream(values())
                     .filter(step -> step.allowedFrom.contains(status))
                     .map(step -> step.action)
                     .collect(Collectors.toSet());
    }
}
