package com.vivanta.ops.command.task;

import static com.vivanta.ops.api.task.TaskStatus.BLOCKED;
import static com.vivanta.ops.api.task.TaskStatus.CANCELLED;
import static com.vivanta.ops.api.task.TaskStatus.DONE;
import static com.vivanta.ops.api.task.TaskStatus.IN_PROGRESS;
import static com.vivanta.ops.api.task.TaskStatus.OPEN;

import com.vivanta.ops.api.task.TaskStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which status a task may move to from which: the seed's table. A change to the status it already has is
 * not a transition and is refused (the seed accepted it and rewrote the completion time). DONE and
 * CANCELLED are final, so a task is only ever DONE once.
 */
final class TaskLifecycle {

    private static final Map<TaskStatus, Set<TaskStatus>> NEXT = new EnumMap<>(TaskStatus.class);

    static {
        NEXT.put(OPEN, EnumSet.of(IN_PROGRESS, BLOCKED, CANCELLED));
        NEXT.put(IN_PROGRESS, EnumSet.of(OPEN, BLOCKED, DONE, CANCELLED));
        NEXT.put(BLOCKED, EnumSet.of(OPEN, IN_PROGRESS, CANCELLED));
        NEXT.put(DONE, EnumSet.noneOf(TaskStatus.class));
        NEXT.put(CANCELLED, EnumSet.noneOf(TaskStatus.class));
    }

    private TaskLifecycle() {
    }

    static Set<TaskStatus> next(TaskStatus from) {
        return EnumSet.copyOf(NEXT.get(from));
    }

    static boolean allows(TaskStatus from, TaskStatus to) {
        return NEXT.get(from).contains(to);
    }
}
