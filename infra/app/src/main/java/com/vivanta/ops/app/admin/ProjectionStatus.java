package com.vivanta.ops.app.admin;

import com.vivanta.ops.app.config.ProjectionHealth;
import java.util.List;

/**
 * Where one projection stands. Positions are global-index positions in the event stream.
 *
 * @param rebuildable whether it may be replayed; false for processors that act rather than project (the AI
 *                    assistant), whose replay would repeat their actions
 * @param state       RUNNING; REBUILDING; STARTING (this node has not claimed a segment yet, e.g. just after
 *                    a reset); DEGRADED (some segment is claimed by no node, e.g. released after a failed
 *                    batch, and waits to be retried); ERROR (its last batch failed and none has committed
 *                    since, see {@code failing}, or a segment on this node is in error); STOPPED
 * @param position    the lowest position any of its segments has processed (null before the first event)
 * @param head        the newest position in the event store
 * @param lag         how many positions it is behind the head
 * @param segments    segments of its token; {@code segmentsClaimed} are processed by this node,
 *                    {@code segmentsUnclaimed} by no node at all
 * @param rebuild     progress of a running rebuild, null when none runs
 * @param deadLetters sequences parked in its dead-letter queue
 * @param failing     the failure its last batch met, while no batch has committed since
 */
public record ProjectionStatus(String name,
                               boolean rebuildable,
                               String state,
                               Long position,
                               long head,
                               long lag,
                               int segments,
                               int segmentsClaimed,
                               int segmentsUnclaimed,
                               Rebuild rebuild,
                               long deadLetters,
                               List<String> errors,
                               ProjectionHealth.Failure failing) {

    /** Replay progress: {@code done} of {@code total} positions (the head when the rebuild began). */
    public record Rebuild(long done, long total, double percent) {
    }
}
