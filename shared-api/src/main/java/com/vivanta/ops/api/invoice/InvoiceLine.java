package com.vivanta.ops.api.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * One line of a vendor invoice as entered: what, how many, at what unit price (in the invoice's currency),
 * with what tax rate in percent, booked to which GL account. Its amounts are computed, never entered:
 * {@link #amount(String)} and {@link #tax(String)}, each rounded half-up to the currency's scale.
 *
 * @param lineNumber 1 or more, unique within the invoice
 * @param taxRate    percent, 0 to 100 (8.25 is 8.25 %); null is no tax
 * @param glAccount  the ledger account for the export; optional
 */
public record InvoiceLine(int lineNumber,
                          String description,
                          BigDecimal quantity,
                          BigDecimal unitPrice,
                          BigDecimal taxRate,
                          String glAccount) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public InvoiceLine {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }

    /** Quantity times unit price, in the currency's scale. */
    public BigDecimal amount(String currency) {
        return quantity.multiply(unitPrice).setScale(scaleOf(currency), RoundingMode.HALF_UP);
    }

    /** The tax on {@link #amount(String)}, in the currency's scale. */
    public BigDecimal tax(String currency) {
        if (taxRate == null) {
            return BigDecimal.ZERO.setScale(scaleOf(currency), RoundingMode.UNNECESSARY);
        }
        return amount(currency).multiply(taxRate).divide(HUNDRED, scaleOf(currency), RoundingMode.HALF_UP);
    }

    static int scaleOf(String currency) {
        return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    }
}
