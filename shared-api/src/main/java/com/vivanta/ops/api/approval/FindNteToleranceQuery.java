package com.vivanta.ops.api.approval;

import java.util.UUID;

/**
 * How far, in percent, an invoice may exceed its work order's not-to-exceed before it is flagged
 * EXCEEDS_NTE: part of the organization's approval policy, 10 by default. Answers an {@code Integer}.
 */
public record FindNteToleranceQuery(UUID organizationId) {
}
