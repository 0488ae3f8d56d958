package com.vivanta.ops.command.invoice;

import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.invoice.InvoiceLine;
import com.vivanta.ops.api.invoice.NteCheck;
import com.vivanta.ops.api.invoice.WorkOrderMatch;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The checks on invoice lines and on an invoice's total against its work order's ceiling. */
final class InvoiceLines {

    /** Prices are quoted to a hundredth of a cent at most (fuel per litre, unit rates). */
    private static final int PRICE_DECIMALS = 4;
    private static final int QUANTITY_DECIMALS = 3;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InvoiceLines() {
    }

    static void requireValid(InvoiceLine line, String currency, String field) {
        if (line.lineNumber() < 1) {
            throw new InvalidValueException(field + ".lineNumber", line.lineNumber(), "must be 1 or more");
        }
        if (line.quantity().signum() <= 0 || line.quantity().stripTrailingZeros().scale() > QUANTITY_DECIMALS) {
            throw new InvalidValueException(field + ".quantity", line.quantity(),
                                            "must be positive, with at most " + QUANTITY_DECIMALS + " decimals");
        }
        if (line.unitPrice().signum() < 0 || line.unitPrice().stripTrailingZeros().scale() > PRICE_DECIMALS) {
            throw new InvalidValueException(field + ".unitPrice", line.unitPrice(),
                                            "must not be negative, with at most " + PRICE_DECIMALS + " decimals");
        }
        if (line.taxRate() != null && (line.taxRate().signum() < 0 || line.taxRate().compareTo(HUNDRED) > 0)) {
            throw new InvalidValueException(field + ".taxRate", line.taxRate(), "must be a percentage from 0 to 100");
        }
        // Too large for the read model's NUMERIC(19, 4) is too large for a repair bill.
        if (line.amount(currency).precision() - line.amount(currency).scale() > Money.MAX_WHOLE_DIGITS) {
            throw new InvalidValueException(field, line.amount(currency), "amounts to more than any invoice can");
        }
    }

    /** Above the ceiling plus tolerance is EXCEEDS_NTE; a ceiling in another currency cannot vouch for it. */
    static NteCheck nteCheck(Money total, WorkOrderMatch workOrder) {
        Money ceiling = workOrder.notToExceed();
        if (ceiling == null) {
            return NteCheck.NOT_APPLICABLE;
        }
        if (!ceiling.currency().equals(total.currency())) {
            return NteCheck.EXCEEDS_NTE;
        }
        BigDecimal allowed = ceiling.amount().multiply(HUNDRED.add(BigDecimal.valueOf(workOrder.tolerancePercent())))
                                    .divide(HUNDRED, ceiling.amount().scale() + 2, RoundingMode.HALF_UP);
        return total.amount().compareTo(allowed) > 0 ? NteCheck.EXCEEDS_NTE : NteCheck.WITHIN_NTE;
    }
}
