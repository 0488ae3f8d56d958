package com.vivanta.ops.command.ai;

import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiRunRetryRequestedEvent;
import com.vivanta.ops.api.ai.AiRunView;
import com.vivanta.ops.api.ai.AiTarget;
import com.vivanta.ops.api.ai.AiTargetType;
import com.vivanta.ops.api.ai.FailAiRunCommand;
import com.vivanta.ops.api.ai.FindAiRunQuery;
import com.vivanta.ops.api.cases.CaseOpenedEvent;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.invoice.InvoiceReviewRequestedEvent;
import com.vivanta.ops.command.ai.AiAssistant.Caller;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Asks the assistant when a case opens and when an invoice goes to review, and again when someone retries
 * a failed run. These handlers subscribe: they run in the thread of the command that caused the event, once
 * per event on whichever node handled it, and hand the work to a small pool of their own once that command has
 * committed, so the command's outcome is decided before the assistant starts. A provider may take its full
 * timeout, and neither the command nor any processor waits for it; a run answered in process, though, takes a
 * millisecond or two, and for a case just opened the command's thread waits for it (at most
 * {@value #IN_PROCESS_WAIT_MILLIS} ms) before the event processors hear of the case: they then read the case
 * and the assistant's run together, in one batch.
 *
 * <p>Being no streaming processor, this never replays: a rebuild does not ask again about every case there
 * ever was. A case opened while the application stops may go unasked, as an assistant's suggestion is an offer,
 * not a duty.
 */
@Component
@ProcessingGroup(AiAssistTriggers.PROCESSING_GROUP)
public class AiAssistTriggers implements DisposableBean {

    public static final String PROCESSING_GROUP = "ai-assistant";
    private static final Logger log = LoggerFactory.getLogger(AiAssistTriggers.class);
    static final long IN_PROCESS_WAIT_MILLIS = 25;
    /** The settling of the work the pool's thread is doing, for a remote run to end the wait early. */
    private static final ThreadLocal<CompletableFuture<Void>> SETTLED = new ThreadLocal<>();

    private final AiAssistant assistant;
    private final AssistInputs inputs;
    private final ReadYourWrites readYourWrites;
    private final CommandGateway commandGateway;
    // Runs answered in process spend most of their time waiting for the disk to take their record.
    private final ExecutorService asking = new ThreadPoolExecutor(4, 4, 0, TimeUnit.MILLISECONDS,
                                                                  new LinkedBlockingQueue<>(1000), runnable -> {
        Thread thread = new Thread(runnable, "ai-assistant");
        thread.setDaemon(true);
        return thread;
    });

    AiAssistTriggers(AiAssistant assistant, AssistInputs inputs, ReadYourWrites readYourWrites,
                     CommandGateway commandGateway) {
        this.assistant = assistant;
        this.inputs = inputs;
        this.readYourWrites = readYourWrites;
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(CaseOpenedEvent event, @SequenceNumber long sequence, MetaData metaData) {
        Caller caller = caller(metaData, MessageMetadata.SYSTEM_USER);
        afterCommit("case assist for case " + event.caseId(), true, () -> assistant.assistIfEnabled(
                caller, AiCapability.CASE_ASSIST, () -> Optional.of(inputs.aboutOpenedCase(event, sequence)),
                "case_opened").ifPresent(remote -> remotely(caller, remote, "case_opened")));
    }

    /** Not waited for: the invoice's input is its read model, which is projected once this command is told. */
    @EventHandler
    void on(InvoiceReviewRequestedEvent event, MetaData metaData) {
        Caller caller = caller(metaData, MessageMetadata.SYSTEM_USER);
        AiTarget invoice = new AiTarget(AiTargetType.INVOICE, event.invoiceId());
        afterCommit("approval assist for invoice " + event.invoiceId(), false, () -> {
            // Waits for the invoice's read model (lines, totals) before any transaction is open.
            Optional<AssistInputs.Subject> subject = inputs.about(caller.organizationId(),
                                                                  AiCapability.APPROVAL_ASSIST, invoice);
            assistant.assistIfEnabled(caller, AiCapability.APPROVAL_ASSIST, () -> subject, "invoice_review_requested")
                     .ifPresent(remote -> remotely(caller, remote, "invoice_review_requested"));
        });
    }

    @EventHandler
    void on(AiRunRetryRequestedEvent event, MetaData metaData) {
        Caller caller = caller(metaData, event.requestedBy());
        afterCommit("retry of run " + event.runId(), false, () -> {
            AiRunView run = readYourWrites.awaitView(event.runId(),
                                                     new FindAiRunQuery(caller.organizationId(), event.runId()),
                                                     AiRunView.class)
                                          .orElseThrow(() -> new IllegalStateException("run not projected"));
            Optional<AssistInputs.Subject> subject = run.target() == null ? Optional.empty()
                    : inputs.about(caller.organizationId(), run.capability(), run.target());
            if (subject.isEmpty()) {
                // A GENERAL run's free input is not kept, and a target may be gone: the run cannot be repeated.
                commandGateway.sendAndWait(new FailAiRunCommand(run.id(), "AI_PROVIDER_ERROR",
                                                                "Nothing to ask again: the run's input is gone", 0),
                                           caller.metaData());
                return;
            }
            assistant.rerun(run.id(), caller, subject.get());
        });
    }

    /**
     * Hands the work to the pool once the command that caused the event has committed; with {@code waited},
     * the command's thread waits until the work has settled or handed a remote run over ({@link #remotely}),
     * {@value #IN_PROCESS_WAIT_MILLIS} ms at most.
     */
    private void afterCommit(String what, boolean waited, Runnable work) {
        CurrentUnitOfWork.get().afterCommit(committed -> {
            CompletableFuture<Void> settled = new CompletableFuture<>();
            try {
                asking.execute(() -> {
                    SETTLED.set(settled);
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        log.warn("The assistant could not complete {}: {}", what, e.toString());
                    } finally {
                        settled.complete(null);
                        SETTLED.remove();
                    }
                });
            } catch (RejectedExecutionException e) {
                log.warn("The assistant is overloaded; skipped {}", what);
                return;
            }
            if (waited) {
                awaitSettled(settled);
            }
        });
    }

    /** Carries out a remote run; whoever waits for the work to settle stops waiting first. */
    private void remotely(Caller caller, AiAssistant.RemoteRun remote, String trigger) {
        Optional.ofNullable(SETTLED.get()).ifPresent(settled -> settled.complete(null));
        assistant.carryOut(caller, remote, trigger);
    }

    private static void awaitSettled(CompletableFuture<Void> settled) {
        try {
            settled.get(IN_PROCESS_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException busy) {
            // The pool is behind: the processors read the assistant's run later, in a batch of its own.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The run acts for the organization of the event and in its correlation. Runs a domain event set off are
     * the system's doing; a retry is the doing of whoever asked for it.
     */
    private static Caller caller(MetaData metaData, String userId) {
        Object correlation = metaData.get(MessageMetadata.CORRELATION_ID);
        return new Caller(UUID.fromString((String) metaData.get(MessageMetadata.ORGANIZATION_ID)), userId,
                          correlation == null ? null : correlation.toString());
    }

    @Override
    public void destroy() {
        asking.shutdownNow();
    }
}
