package com.vivanta.ops.app.platform;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the processor of {@link FailingProbeProjection} stopped except while a test uses it: running, it would
 * read every event the other tests write, and add its transactions to theirs (which the commit budget test
 * counts). {@link DeadLetterQueueTest} starts it and stops it again.
 */
@Component
class FailingProbeProcessor {

    private final EventProcessingConfiguration processing;

    FailingProbeProcessor(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @EventListener(ApplicationReadyEvent.class)
    void stopOnceStarted() {
        stop();
    }

    void start() {
        processing.eventProcessor(FailingProbeProjection.NAME).ifPresent(EventProcessor::start);
    }

    void stop() {
        processing.eventProcessor(FailingProbeProjection.NAME).ifPresent(EventProcessor::shutDown);
    }
}
