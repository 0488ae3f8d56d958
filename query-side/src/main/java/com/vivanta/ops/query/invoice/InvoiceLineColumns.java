package com.vivanta.ops.query.invoice;

import com.vivanta.ops.api.invoice.InvoiceLine;
import com.vivanta.ops.api.invoice.InvoiceLineView;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One row of {@code invoice_line_view}: a line as entered, with the amount and tax the line itself computes. */
@Embeddable
class InvoiceLineColumns {

    @Column(name = "line_number", nullable = false)
    private int lineNumber;
    private String description;
    @Column(nullable = false)
    private BigDecimal quantity;
    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;
    @Column(name = "tax_rate")
    private BigDecimal taxRate;
    @Column(name = "gl_account")
    private String glAccount;
    @Column(nullable = false)
    private BigDecimal amount;
    @Column(nullable = false)
    private BigDecimal tax;

    protected InvoiceLineColumns() {
    }

    InvoiceLineColumns(InvoiceLine line, String currency) {
        this.lineNumber = line.lineNumber();
        this.description = line.description();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.taxRate = line.taxRate();
        this.glAccount = line.glAccount();
        this.amount = line.amount(currency);
        this.tax = line.tax(currency);
    }

    int lineNumber() {
        return lineNumber;
    }

    InvoiceLineView toView() {
        return new InvoiceLineView(lineNumber, description, quantity, unitPrice, taxRate, glAccount, amount, tax);
    }
}
