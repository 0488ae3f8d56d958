package com.vivanta.ops.command.task;

import static com.vivanta.ops.api.task.TaskStatus.BLOCKED;
import static com.vivanta.ops.api.task.TaskStatus.CANCELLED;
import static com.vivanta.ops.api.task.TaskStatus.DONE;
import static com.vivanta.ops.api.task.TaskStatus.IN_PROGRESS;
import static com.vivanta.ops.api.task.TaskStatus.OPEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.predicate;

import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.common.InvalidTransitionException;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.common.RuleViolationException;
import com.vivanta.ops.api.task.AssignTaskCommand;
import com.vivanta.ops.api.task.ChangeTaskStatusCommand;
import com.vivanta.ops.api.task.CreateTaskCommand;
import com.vivanta.ops.api.task.RelatedEntity;
import com.vivanta.ops.api.task.RelatedEntityType;
import com.vivanta.ops.api.task.ReviseTaskCommand;
import com.vivanta.ops.api.task.TaskAssignedEvent;
import com.vivanta.ops.api.task.TaskCreatedEvent;
import com.vivanta.ops.api.task.TaskDetailsRevisedEvent;
import com.vivanta.ops.api.task.TaskDueDateChangedEvent;
import com.vivanta.ops.api.task.TaskPriorityChangedEvent;
import com.vivanta.ops.api.task.TaskRelatedEntityChangedEvent;
import com.vivanta.ops.api.task.TaskStatus;
import com.vivanta.ops.api.task.TaskStatusChangedEvent;
import com.vivanta.ops.api.task.TaskUnassignedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TaskTest {

    private static final UUID ORG = UUID.randomUUID();
    private static final UUID OTHER_ORG = UUID.randomUUID();
    private static final String ACTOR = UUID.randomUUID().toString();
    private static final Map<String, Object> AS_MEMBER = Map.of(MessageMetadata.ORGANIZATION_ID, ORG.toString(),
                                                                MessageMetadata.USER_ID, ACTOR);
    private static final Map<String, Object> AS_OUTSIDER = Map.of(MessageMetadata.ORGANIZATION_ID,
                                                                  OTHER_ORG.toString(),
                                                                  MessageMetadata.USER_ID, ACTOR);

    /**
     * The seed's table (inventory §3.2), written out pair by pair rather than derived from the code under
     * test. Everything not listed, including "to the same status", must be refused.
     */
    private static final Map<TaskStatus, Set<TaskStatus>> ALLOWED = Map.of(
            OPEN, EnumSet.of(IN_PROGRESS, BLOCKED, CANCELLED),
            IN_PROGRESS, EnumSet.of(OPEN, BLOCKED, DONE, CANCELLED),
            BLOCKED, EnumSet.of(OPEN, IN_PROGRESS, CANCELLED),
            DONE, EnumSet.noneOf(TaskStatus.class),
            CANCELLED, EnumSet.noneOf(TaskStatus.class));

    private final UUID taskId = UUID.randomUUID();
    private final UUID caseId = UUID.randomUUID();
    private final UUID assignee = UUID.randomUUID();
    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Task.class);
    }

    private TaskCreatedEvent created() {
        return new TaskCreatedEvent(taskId, ORG, "follow_up", "Call the tenant", "About the leak", CasePriority.NORMAL,
                                    null, new RelatedEntity(RelatedEntityType.CASE, caseId), null, ACTOR);
    }

    private static Stream<Arguments> everyStatusPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (TaskStatus from : TaskStatus.values()) {
            for (TaskStatus to : TaskStatus.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    /** Events that bring a freshly created task to the given status along allowed steps. */
    private Object[] historyReaching(TaskStatus status) {
        List<Object> events = new ArrayList<>(List.of(created()));
        if (status == DONE) {
            events.add(new TaskStatusChangedEvent(taskId, ORG, OPEN, IN_PROGRESS, null));
            events.add(new TaskStatusChangedEvent(taskId, ORG, IN_PROGRESS, DONE, null));
        } else if (status != OPEN) {
            events.add(new TaskStatusChangedEvent(taskId, ORG, OPEN, status, null));
        }
        return events.toArray();
    }

    @Nested
    class Creating {

        @Test
        void createsAnOpenTaskWithTheSendersOrganizationAndActor() {
            Instant due = Instant.parse("2026-12-01T10:00:00Z");
            RelatedEntity property = new RelatedEntity(RelatedEntityType.PROPERTY, UUID.randomUUID());
            fixture.givenNoPriorActivity()
                   .when(new CreateTaskCommand(taskId, "invoice_review", "Check the plumber's bill", null,
                                               CasePriority.HIGH, assignee, property, due), AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(new TaskCreatedEvent(taskId, ORG, "invoice_review", "Check the plumber's bill",
                                                      null, CasePriority.HIGH, assignee, property, due, ACTOR));
        }

        @Test
        void defaultsToNormalPriorityAndNeedsNoAssigneeOrRelation() {
            fixture.givenNoPriorActivity()
                   .when(new CreateTaskCommand(taskId, "general", "Order keys", null, null, null, null, null),
                         AS_MEMBER)
                   .expectEvents(new TaskCreatedEvent(taskId, ORG, "general", "Order keys", null, CasePriority.NORMAL,
                                                      null, null, null, ACTOR));
        }
    }

    @Nested
    class StatusChanges {

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("com.vivanta.ops.command.task.TaskTest#everyStatusPair")
        void followsTheLifecycle(TaskStatus from, TaskStatus to) {
            var result = fixture.given(historyReaching(from))
                                .when(new ChangeTaskStatusCommand(taskId, to, "because"), AS_MEMBER);
            if (ALLOWED.get(from).contains(to)) {
                result.expectEvents(new TaskStatusChangedEvent(taskId, ORG, from, to, "because"));
            } else {
                result.expectException(predicate(failure -> failure instanceof InvalidTransitionException refusal
                              && refusal.code().equals("INVALID_TRANSITION")
                              && refusal.details().get("from").equals(from.name())
                              && refusal.details().get("to").equals(to.name())))
                      .expectExceptionMessage("Task cannot change status from " + from + " to " + to)
                      .expectNoEvents();
            }
        }

        @Test
        void everyPairIsCovered() {
            assertThat(everyStatusPair()).hasSize(TaskStatus.values().length * TaskStatus.values().length);
            assertThat(ALLOWED).containsOnlyKeys(TaskStatus.values());
        }

        @Test
        void namesTheStatusesThatWouldBeAllowed() {
            fixture.given(created())
                   .when(new ChangeTaskStatusCommand(taskId, DONE, null), AS_MEMBER)
                   .expectException(predicate(failure -> failure instanceof InvalidTransitionException refusal
                           && refusal.details().get("allowed").equals(Set.of("BLOCKED", "CANCELLED", "IN_PROGRESS"))))
                   .expectNoEvents();
        }

        @Test
        void aDoneTaskIsDoneOnceSoItsCompletionTimeIsNeverRewritten() {
            fixture.given(historyReaching(DONE))
                   .when(new ChangeTaskStatusCommand(taskId, DONE, null), AS_MEMBER)
                   .expectException(InvalidTransitionException.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class Revising {

        @Test
        void recordsOnlyWhatChanged() {
            Instant due = Instant.parse("2026-12-24T12:00:00Z");
            fixture.given(created())
                   .when(new ReviseTaskCommand(taskId, null, "Call the tenant today", null, CasePriority.URGENT, null,
                                               Optional.of(due)), AS_MEMBER)
                   .expectEvents(new TaskDetailsRevisedEvent(taskId, ORG, "follow_up", "Call the tenant today",
                                                             "About the leak"),
                                 new TaskPriorityChangedEvent(taskId, ORG, CasePriority.NORMAL, CasePriority.URGENT),
                                 new TaskDueDateChangedEvent(taskId, ORG, due));
        }

        @Test
        void recordsNothingWhenNothingChanges() {
            fixture.given(created())
                   .when(new ReviseTaskCommand(taskId, "follow_up", "Call the tenant", Optional.of("About the leak"),
                                               CasePriority.NORMAL,
                                               Optional.of(new RelatedEntity(RelatedEntityType.CASE, caseId)), null),
                         AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void changesAndClearsTheRelatedEntity() {
            RelatedEntity workOrder = new RelatedEntity(RelatedEntityType.WORK_ORDER, UUID.randomUUID());
            fixture.given(created())
                   .when(new ReviseTaskCommand(taskId, null, null, null, null, Optional.of(workOrder), null),
                         AS_MEMBER)
                   .expectEvents(new TaskRelatedEntityChangedEvent(taskId, ORG, workOrder));
            fixture.given(created())
                   .when(new ReviseTaskCommand(taskId, null, null, Optional.empty(), null, Optional.empty(),
                                               Optional.empty()), AS_MEMBER)
                   .expectEvents(new TaskDetailsRevisedEvent(taskId, ORG, "follow_up", "Call the tenant", null),
                                 new TaskRelatedEntityChangedEvent(taskId, ORG, null));
        }

        @ParameterizedTest
        @EnumSource(value = TaskStatus.class, names = {"DONE", "CANCELLED"})
        void refusesChangesToAFinishedTask(TaskStatus finished) {
            fixture.given(historyReaching(finished))
                   .when(new ReviseTaskCommand(taskId, null, "Too late", null, null, null, null), AS_MEMBER)
                   .expectException(predicate(failure -> failure instanceof RuleViolationException refusal
                           && refusal.code().equals("TASK_CLOSED")))
                   .expectExceptionMessage("Task is " + finished + " and can no longer be changed")
                   .expectNoEvents();
        }

        @ParameterizedTest
        @EnumSource(value = TaskStatus.class, names = {"IN_PROGRESS", "BLOCKED"})
        void revisesATaskThatIsStillOpen(TaskStatus open) {
            fixture.given(historyReaching(open))
                   .when(new ReviseTaskCommand(taskId, null, null, null, CasePriority.LOW, null, null), AS_MEMBER)
                   .expectEvents(new TaskPriorityChangedEvent(taskId, ORG, CasePriority.NORMAL, CasePriority.LOW));
        }
    }

    @Nested
    class Assigning {

        private final UUID secondAssignee = UUID.randomUUID();

        @Test
        void assignsATaskThatHasNobody() {
            fixture.given(created())
                   .when(new AssignTaskCommand(taskId, assignee), AS_MEMBER)
                   .expectEvents(new TaskAssignedEvent(taskId, ORG, assignee, null));
        }

        @Test
        void reassignsNamingThePreviousAssignee() {
            fixture.given(created(), new TaskAssignedEvent(taskId, ORG, assignee, null))
                   .when(new AssignTaskCommand(taskId, secondAssignee), AS_MEMBER)
                   .expectEvents(new TaskAssignedEvent(taskId, ORG, secondAssignee, assignee));
        }

        @Test
        void unassigns() {
            fixture.given(created(), new TaskAssignedEvent(taskId, ORG, assignee, null))
                   .when(new AssignTaskCommand(taskId, null), AS_MEMBER)
                   .expectEvents(new TaskUnassignedEvent(taskId, ORG, assignee));
        }

        @Test
        void assigningTheSameUserAgainOrUnassigningNobodyRecordsNothing() {
            fixture.given(created(), new TaskAssignedEvent(taskId, ORG, assignee, null))
                   .when(new AssignTaskCommand(taskId, assignee), AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
            fixture.given(created())
                   .when(new AssignTaskCommand(taskId, null), AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void anAssigneeGivenAtCreationIsTheOneReplaced() {
            TaskCreatedEvent createdForSomeone = new TaskCreatedEvent(taskId, ORG, "follow_up", "Call", null,
                                                                      CasePriority.NORMAL, assignee, null, null,
                                                                      ACTOR);
            fixture.given(createdForSomeone)
                   .when(new AssignTaskCommand(taskId, secondAssignee), AS_MEMBER)
                   .expectEvents(new TaskAssignedEvent(taskId, ORG, secondAssignee, assignee));
        }

        @ParameterizedTest
        @EnumSource(value = TaskStatus.class, names = {"IN_PROGRESS", "BLOCKED"})
        void assignsWhileTheTaskIsOpen(TaskStatus open) {
            fixture.given(historyReaching(open))
                   .when(new AssignTaskCommand(taskId, assignee), AS_MEMBER)
                   .expectEvents(new TaskAssignedEvent(taskId, ORG, assignee, null));
        }

        @ParameterizedTest
        @EnumSource(value = TaskStatus.class, names = {"DONE", "CANCELLED"})
        void refusesToAssignAFinishedTask(TaskStatus finished) {
            fixture.given(historyReaching(finished))
                   .when(new AssignTaskCommand(taskId, assignee), AS_MEMBER)
                   .expectException(predicate(failure -> failure instanceof RuleViolationException refusal
                           && refusal.code().equals("TASK_CLOSED")))
                   .expectNoEvents();
        }
    }

    @Nested
    class Tenancy {

        @Test
        void anotherOrganizationCannotSeeTheTask() {
            fixture.given(created())
                   .when(new ChangeTaskStatusCommand(taskId, IN_PROGRESS, null), AS_OUTSIDER)
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
            fixture.given(created())
                   .when(new AssignTaskCommand(taskId, assignee), AS_OUTSIDER)
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
        }

        @Test
        void aCommandWithoutOrganizationIsNotLetThrough() {
            fixture.given(created())
                   .when(new ReviseTaskCommand(taskId, null, "Renamed", null, null, null, null))
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
        }
    }
}
