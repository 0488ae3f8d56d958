package com.vivanta.ops.api.common;

/**
 * Keys of the metadata every command carries and every event inherits.
 * The values come from the caller's token and request, never from a request body.
 */
public final class MessageMetadata {

    /** The organization (tenant) on whose behalf the message was sent. */
    public static final String ORGANIZATION_ID = "organizationId";
    /** The user who caused the message; {@link #SYSTEM_USER} for work the system does by itself. */
    public static final String USER_ID = "userId";
    /** The caller's correlation id (X-Correlation-Id), shared by everything one business request causes. */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the single HTTP request that caused the message. */
    public static final String REQUEST_ID = "requestId";

    /** The AI suggestion an operator applied, on the command that carries it out and the events it causes. */
    public static final String AI_SUGGESTION_ID = "aiSuggestionId";

    /** The actor recorded for work nobody asked for in a request, such as first-start seeding. */
    public static final String SYSTEM_USER = "system";

    private MessageMetadata() {
    }
}
