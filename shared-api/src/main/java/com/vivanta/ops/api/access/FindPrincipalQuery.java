package com.vivanta.ops.api.access;

import java.util.UUID;

/** What a signed-in user may do right now: asked on every request, so that revocations bite at once. */
public record FindPrincipalQuery(UUID userId) {
}
