package com.vivanta.ops.query.workflow;

import com.vivanta.ops.api.common.Money;

/** Wording shared by the timeline's summaries. */
final class Summaries {

    /** The column's width; a long reason is cut rather than refused, the event itself keeps all of it. */
    static final int MAX_LENGTH = 500;

    private Summaries() {
    }

    /** The name an event is entered under: its class's simple name without the "Event" suffix. */
    static String eventType(Object payload) {
        String name = payload.getClass().getSimpleName();
        return name.endsWith("Event") ? name.substring(0, name.length() - "Event".length()) : name;
    }

    /** "CaseWorkOrderAttached" as "Case work order attached", for events without a summary of their own. */
    static String humanized(String eventType) {
        return eventType.charAt(0) + eventType.substring(1).replaceAll("([A-Z])", " $1").toLowerCase();
    }

    static String withReason(String what, String reason) {
        return reason == null || reason.isBlank() ? what : what + ": " + reason.strip();
    }

    static String money(Money money) {
        return money == null ? "none" : money.amount().toPlainString() + " " + money.currency();
    }

    static String fitted(String summary) {
        return summary.length() <= MAX_LENGTH ? summary : summary.substring(0, MAX_LENGTH - 1) + "…";
    }
}
