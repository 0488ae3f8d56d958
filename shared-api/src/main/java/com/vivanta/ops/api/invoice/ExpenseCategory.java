package com.vivanta.ops.api.invoice;

/** The kind of spend an invoice is, as approval policies and the accounting export distinguish it. */
public enum ExpenseCategory {
    REPAIRS_AND_MAINTENANCE,
    CAPITAL,
    UTILITIES,
    TAXES,
    GENERAL
}
