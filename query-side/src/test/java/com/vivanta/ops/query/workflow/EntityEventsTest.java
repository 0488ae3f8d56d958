package com.vivanta.ops.query.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.vivanta.ops.api.cases.CaseStatus;
import com.vivanta.ops.api.cases.CaseStatusChangedEvent;
import com.vivanta.ops.api.invoice.InvoiceStatus;
import com.vivanta.ops.api.workflow.WorkflowRunStatus;
import com.vivanta.ops.api.workflow.WorkflowTargetType;
import com.vivanta.ops.api.workorder.WorkOrderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

class EntityEventsTest {

    /**
     * An event would still reach the timeline without a summary of its own, named by its type; this keeps
     * that a stopgap rather than how new events are shown.
     */
    @Test
    void everyEventOfACaseWorkOrderOrInvoiceHasASummaryOfItsOwn() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().endsWith("Event"));
        List<String> events = new ArrayList<>();
        for (String pkg : List.of("com.vivanta.ops.api.cases", "com.vivanta.ops.api.workorder",
                                  "com.vivanta.ops.api.invoice")) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
                events.add(candidate.getBeanClassName());
            }
        }
        assertThat(events).hasSizeGreaterThan(40);
        for (String event : events) {
            assertThat(EntityEvents.describes(Class.forName(event))).as(event).isTrue();
        }
    }

    @Test
    void summariesSayWhatChanged() {
        assertThat(EntityEvents.describe(new CaseStatusChangedEvent(UUID.randomUUID(), CaseStatus.OPEN,
                                                                    CaseStatus.IN_PROGRESS, null)))
                .isEqualTo(new EntityEvents.Description("Status changed OPEN → IN_PROGRESS", "IN_PROGRESS", null));
        assertThat(Summaries.humanized("CaseWorkOrderAttached")).isEqualTo("Case work order attached");
        assertThat(Summaries.fitted("x".repeat(600))).hasSize(Summaries.MAX_LENGTH).endsWith("…");
    }

    @Test
    void everyEntityStatusHasARunStatus() {
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(RunStatusRules.of(WorkflowTargetType.CASE, status.name())).isNotNull();
        }
        for (WorkOrderStatus status : WorkOrderStatus.values()) {
            assertThat(RunStatusRules.of(WorkflowTargetType.WORK_ORDER, status.name())).isNotNull();
        }
        assertThat(RunStatusRules.of(WorkflowTargetType.INVOICE, InvoiceStatus.REJECTED.name()))
                .isEqualTo(WorkflowRunStatus.COMPLETED);
        assertThat(RunStatusRules.of(WorkflowTargetType.WORK_ORDER, WorkOrderStatus.AWAITING_OWNER_APPROVAL.name()))
                .isEqualTo(WorkflowRunStatus.WAITING);
    }
}
