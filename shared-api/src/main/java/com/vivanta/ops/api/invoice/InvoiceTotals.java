package com.vivanta.ops.api.invoice;

import com.vivanta.ops.api.common.Money;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * Subtotal, tax and total of an invoice, always derived from its lines: the sum of the lines' rounded
 * amounts, the sum of their rounded taxes, and the two added. Summing rounded line figures (rather than
 * rounding the sum) is what the vendor's paper shows, so the totals reconcile with it line by line.
 */
public record InvoiceTotals(Money subtotal, Money tax, Money total) {

    public static InvoiceTotals of(String currency, Collection<InvoiceLine> lines) {
        BigDecimal subtotal = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (InvoiceLine line : lines) {
            subtotal = subtotal.add(line.amount(currency));
            tax = tax.add(line.tax(currency));
        }
        return new InvoiceTotals(new Money(subtotal, currency), new Money(tax, currency),
                                 new Money(subtotal.add(tax), currency));
    }
}
