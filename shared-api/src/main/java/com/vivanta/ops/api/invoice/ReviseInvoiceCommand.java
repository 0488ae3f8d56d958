package com.vivanta.ops.api.invoice;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes an editable invoice's details. Optionals follow the PATCH convention (null = leave, empty =
 * clear, full = set); {@code expenseCategory} is null to leave it.
 */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public record ReviseInvoiceCommand(@TargetAggregateIdentifier UUID invoiceId,
                                   Optional<String> invoiceNumber,
                                   Optional<LocalDate> invoiceDate,
                                   Optional<LocalDate> dueDate,
                                   ExpenseCategory expenseCategory) {
}
