package com.vivanta.ops.api.invoice;

import java.math.BigDecimal;

/** A line as shown: what was entered, and its computed amount and tax in the invoice's currency. */
public record InvoiceLineView(int lineNumber,
                              String description,
                              BigDecimal quantity,
                              BigDecimal unitPrice,
                              BigDecimal taxRate,
                              String glAccount,
                              BigDecimal amount,
                              BigDecimal tax) {
}
