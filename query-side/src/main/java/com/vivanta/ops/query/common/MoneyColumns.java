package com.vivanta.ops.query.common;

import com.vivanta.ops.api.common.Money;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * An amount of money kept in two columns, {@code NUMERIC(19, 4)} and the ISO currency code. A row holds
 * {@code null} instead of an instance when there is no amount.
 */
@Embeddable
public class MoneyColumns {

    private BigDecimal amount;
    private String currency;

    protected MoneyColumns() {
    }

    private MoneyColumns(BigDecimal amount, String currency) {
        this.amount = amount;
        this.currency = currency;
    }

    public static MoneyColumns of(Money money) {
        return money == null ? null : new MoneyColumns(money.amount(), money.currency());
    }

    /** Back to money in its currency's scale; the column's fixed scale of four is not part of the amount. */
    public static Money toMoney(MoneyColumns columns) {
        if (columns == null || columns.amount == null) {
            return null;
        }
        return new Money(new BigDecimal(columns.amount.stripTrailingZeros().toPlainString()), columns.currency);
    }
}
