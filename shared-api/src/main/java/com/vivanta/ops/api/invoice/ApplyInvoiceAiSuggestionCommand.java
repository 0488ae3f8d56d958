package com.vivanta.ops.api.invoice;

import java.util.Map;
import java.util.UUID;

/**
 * An operator applies an AI routing suggestion to an invoice under review: the invoice goes for approval
 * along the policy's route, strengthened by the suggested approver roles. The suggestion is settled and
 * the invoice submitted in one transaction, or neither happens.
 */
public record ApplyInvoiceAiSuggestionCommand(UUID invoiceId, UUID suggestionId, Map<String, String> edits) {
}
