package com.vivanta.ops.query.workflow;

import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.workflow.FindWorkflowRunQuery;
import com.vivanta.ops.api.workflow.FindWorkflowRunsQuery;
import com.vivanta.ops.api.workflow.FindWorkflowTimelineQuery;
import com.vivanta.ops.api.workflow.WorkflowEntryStatus;
import com.vivanta.ops.api.workflow.WorkflowRunPage;
import com.vivanta.ops.api.workflow.WorkflowRunView;
import com.vivanta.ops.api.workflow.WorkflowTargetType;
import com.vivanta.ops.api.workflow.WorkflowTimeline;
import com.vivanta.ops.query.common.EventPositions;
import com.vivanta.ops.query.common.OffsetPageRequest;
import com.vivanta.ops.query.workflow.AiEvents.AiEntry;
import com.vivanta.ops.query.workflow.EntityEvents.Description;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code workflow-timeline} read model: a run per case, work order and invoice, whose entries are every
 * event of the entity and of the AI runs and suggestions about it. One handler takes every event, so
 * nothing the entity records can be left off its timeline.
 *
 * <p>A run takes events of several aggregates (the entity's, its AI runs'), which Axon's default sequencing
 * would hand to different segments in parallel. The group is therefore processed in the order of the event
 * store as a whole ({@link #NAME} is sequenced so in {@code ProjectionProcessingConfiguration}): an AI run's events
 * always find the run of its target, and the entries' order is the store's global position. Each event is entered
 * once: a redelivered event finds its entry (keyed by the event's identifier) and changes nothing. Runs are rows
 * JPA keeps (changed by most events of a batch); entries are written with plain JDBC ({@link TimelineEntries}).
 */
@Component
@ProcessingGroup(WorkflowTimelineProjection.NAME)
public class WorkflowTimelineProjection {

    public static final String NAME = "workflow-timeline";

    private static final Sort RECENTLY_STARTED_FIRST = Sort.by(Sort.Order.desc("startedAt"), Sort.Order.asc("id"));

    private final WorkflowRunRepository runs;
    private final WorkflowEntryRepository entries;
    private final TimelineEntries timeline;
    private final EventPositions positions;
    private final QueryUpdateEmitter emitter;
    private final TransactionTemplate snapshot;

    WorkflowTimelineProjection(WorkflowRunRepository runs, WorkflowEntryRepository entries, TimelineEntries timeline,
                               EventPositions positions, QueryUpdateEmitter emitter,
                               PlatformTransactionManager transactionManager) {
        this.runs = runs;
        this.entries = entries;
        this.timeline = timeline;
        this.positions = positions;
        this.emitter = emitter;
        // A run and its entries are read in one snapshot, so the entries are exactly those the run counts.
        this.snapshot = new TransactionTemplate(transactionManager);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        if (timeline.entered(event)) {
            return;
        }
        if (event instanceof DomainEventMessage<?> domainEvent) {
            Optional<WorkflowTargetType> target = EntityEvents.targetOf(domainEvent.getType());
            if (target.isPresent()) {
                entityEvent(target.get(), payload, domainEvent);
                return;
            }
        }
        AiEvents.describe(payload).ifPresent(entry -> aiEvent(entry, event));
    }

    private void entityEvent(WorkflowTargetType target, Object payload, DomainEventMessage<?> event) {
        UUID entityId = UUID.fromString(event.getAggregateIdentifier());
        Description description = EntityEvents.describe(payload);
        Optional<WorkflowRunRow> existing = runs.findById(target.runIdOf(entityId));
        if (existing.isEmpty() && description.organizationId() == null) {
            return; // cannot happen: an entity's first event creates it
        }
        WorkflowRunRow run = existing.orElseGet(() -> {
            WorkflowRunRow started = new WorkflowRunRow(target, entityId, description.organizationId(),
                                                         description.entityStatus(), event.getTimestamp());
            runs.persist(started);
            return started;
        });
        enter(run, event, event.getAggregateIdentifier(), description.summary(), WorkflowEntryStatus.COMPLETED, null,
              metadata(event, MessageMetadata.AI_SUGGESTION_ID));
        run.entityEvent(event.getSequenceNumber(), event.getTimestamp(), description.entityStatus());
        announce(run);
    }

    private void aiEvent(AiEntry entry, EventMessage<?> event) {
        String aggregateId = entry.aggregateId().toString();
        Optional<UUID> runId = entry.targetRunId().or(() -> timeline.runOf(aggregateId));
        Optional<WorkflowRunRow> found = runId.flatMap(runs::findById)
                                              // An AI event names its own tenant: never enter it elsewhere.
                                              .filter(run -> entry.organizationId() == null
                                                      || entry.organizationId().equals(run.organizationId()));
        if (found.isEmpty()) {
            return; // an AI run about nothing with a timeline (a general question, a document)
        }
        WorkflowRunRow run = found.get();
        if (entry.step() != null && entry.status() != WorkflowEntryStatus.RUNNING) {
            timeline.settle(aggregateId, entry.status());
        }
        String suggestionId = entry.suggestionId() != null ? entry.suggestionId().toString()
                : metadata(event, MessageMetadata.AI_SUGGESTION_ID);
        enter(run, event, aggregateId, entry.summary(), entry.status(), entry.aiRunId(), suggestionId);
        if (entry.step() != null) {
            run.stepReported(entry.aiRunId(), entry.step());
        }
        run.stepEvent(event.getTimestamp());
        announce(run);
    }

    private void enter(WorkflowRunRow run, EventMessage<?> event, String aggregateId, String summary,
                       WorkflowEntryStatus status, UUID aiRunId, String aiSuggestionId) {
        timeline.enter(new TimelineEntries.Entry(event.getIdentifier(), run, positions.of(event), aggregateId,
                                                 Summaries.eventType(event.getPayload()), event.getTimestamp(),
                                                 metadata(event, MessageMetadata.USER_ID), Summaries.fitted(summary),
                                                 status, metadata(event, MessageMetadata.CORRELATION_ID), aiRunId,
                                                 aiSuggestionId));
    }

    private void announce(WorkflowRunRow run) {
        WorkflowRunView view = run.toView();
        emitter.emit(FindWorkflowRunQuery.class, query -> query.runId().equals(view.id())
                && query.organizationId().equals(view.organizationId()), view);
    }

    private static String metadata(EventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value != null ? value.toString() : null;
    }

    @ResetHandler
    void reset() {
        entries.deleteAllInBatch();
        runs.deleteAllInBatch();
    }

    @QueryHandler
    Optional<WorkflowRunView> handle(FindWorkflowRunQuery query) {
        return runs.findByIdAndOrganizationId(query.runId(), query.organizationId()).map(WorkflowRunRow::toView);
    }

    @QueryHandler
    Optional<WorkflowTimeline> handle(FindWorkflowTimelineQuery query) {
        return snapshot.execute(status -> runs.findByIdAndOrganizationId(query.runId(), query.organizationId())
                .map(run -> new WorkflowTimeline(run.toView(), entries.findByRunIdOrderByPositionAsc(run.id())
                                                                      .stream().map(WorkflowEntryRow::toView)
                                                                      .toList())));
    }

    @QueryHandler
    WorkflowRunPage handle(FindWorkflowRunsQuery query) {
        OffsetPageRequest window = new OffsetPageRequest(query.limit(), query.offset(), RECENTLY_STARTED_FIRST);
        return window.toPage(runs.findAll(WorkflowRunSpecifications.matching(query.organizationId(), query.filter()),
                                          window),
                             WorkflowRunRow::toView, WorkflowRunPage::new);
    }
}
