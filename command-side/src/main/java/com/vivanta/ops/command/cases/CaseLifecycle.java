package com.vivanta.ops.command.cases;

import static com.vivanta.ops.api.cases.CaseStatus.CANCELLED;
import static com.vivanta.ops.api.cases.CaseStatus.CLOSED;
import static com.vivanta.ops.api.cases.CaseStatus.IN_PROGRESS;
import static com.vivanta.ops.api.cases.CaseStatus.OPEN;
import static com.vivanta.ops.api.cases.CaseStatus.RESOLVED;
import static com.vivanta.ops.api.cases.CaseStatus.WAITING;

import com.vivanta.ops.api.cases.CaseStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which status a case may move to from which. A change to the status it already has is not a
 * transition and is refused. RESOLVED may reopen to IN_PROGRESS; CLOSED and CANCELLED are final.
 */
final class CaseLifecycle {

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = new EnumMap<>(CaseStatus.class);

    static {
        NEXT.put(OPEN, EnumSet.of(IN_PROGRESS, WAITING, CANCELLED));
        NEXT.put(IN_PROGRESS, EnumSet.of(OPEN, WAITING, RESOLVED, CANCELLED));
        NEXT.put(WAITING, EnumSet.of(OPEN, IN_PROGRESS, CANCELLED));
        NEXT.put(RESOLVED, EnumSet.of(IN_PROGRESS, CLOSED));
        NEXT.put(CLOSED, EnumSet.noneOf(CaseStatus.class));
        NEXT.put(CANCELLED, EnumSet.noneOf(CaseStatus.class));
    }

    private CaseLifecycle() {
    }

    static Set<CaseStatus> next(CaseStatus from) {
        return EnumSet.copyOf(NEXT.get(from));
    }

    static boolean allows(CaseStatus from, CaseStatus to) {
        return NEXT.get(from).contains(to);
    }
}
