package com.vivanta.ops.api.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency (ISO 4217), kept at the currency's own scale (2 for EUR and USD,
 * 0 for JPY), with at most {@value #MAX_WHOLE_DIGITS} digits before the point. Amounts are never
 * floating point.
 */
public record Money(BigDecimal amount, String currency) {

    /** A trillion and more is no repair bill; read models keep amounts of up to 15 whole digits. */
    public static final int MAX_WHOLE_DIGITS = 15;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        if (amount.precision() - amount.scale() > MAX_WHOLE_DIGITS) {
            throw new IllegalArgumentException(amount + " is beyond the largest amount kept ("
                                                       + MAX_WHOLE_DIGITS + " digits before the point)");
        }
        if (amount.stripTrailingZeros().scale() > digits) {
            // 12.345 EUR is a typo, not an amount: refuse rather than round someone's money silently.
            throw new IllegalArgumentException(amount + " has more decimals than " + currency + " allows");
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
