package com.vivanta.ops.query.invoice;

import static com.vivanta.ops.query.common.CsvFields.row;
import static com.vivanta.ops.query.common.CsvFields.text;

import com.vivanta.ops.api.invoice.InvoiceLineView;
import com.vivanta.ops.api.invoice.InvoiceView;
import com.vivanta.ops.query.common.CsvFields;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The accounting export of one invoice as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted
 * when they hold a comma, a quote or a line break). One row per line, then a {@code TOTAL} row with the
 * invoice's subtotal (in {@code amount}), tax and total. Every row repeats the invoice's own columns, so
 * that each row can be booked on its own. A line's {@code total} is its amount plus its tax, so the line
 * totals add up to the invoice's total (see {@code InvoiceTotals}). Amounts are plain decimals in the
 * currency's scale; quantities, prices and rates are as entered. Free text is defused for spreadsheets
 * ({@link CsvFields#text}).
 */
final class InvoiceExportCsv {

    static final List<String> HEADER = List.of(
            "invoice_number", "invoice_date", "due_date", "vendor_id", "vendor_name", "property_id",
            "property_code", "expense_category", "gl_account", "line_number", "description", "quantity",
            "unit_price", "tax_rate", "amount", "tax", "currency", "total");

    private InvoiceExportCsv() {
    }

    /** The file for the invoice; {@code vendorName} and {@code propertyCode} may be null when unknown. */
    static String of(InvoiceView invoice, String vendorName, String propertyCode) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (InvoiceLineView line : invoice.lines()) {
            row(csv, columns(invoice, vendorName, propertyCode,
                             List.of(text(line.glAccount()), String.valueOf(line.lineNumber()),
                                     text(line.description()), number(line.quantity()), number(line.unitPrice()),
                                     number(line.taxRate()), number(line.amount()), number(line.tax())),
                             number(line.amount().add(line.tax()))));
        }
        row(csv, columns(invoice, vendorName, propertyCode,
                         List.of("", "TOTAL", "", "", "", "", number(invoice.subtotal().amount()),
                                 number(invoice.tax().amount())),
                         number(invoice.total().amount())));
        return csv.toString();
    }

    /** A row: the invoice's columns, the line's (gl_account to tax), the currency and the total. */
    private static List<String> columns(InvoiceView invoice, String vendorName, String propertyCode,
                                        List<String> lineColumns, String total) {
        List<String> columns = new ArrayList<>(List.of(
                text(invoice.invoiceNumber()), Objects.toString(invoice.invoiceDate(), ""),
                Objects.toString(invoice.dueDate(), ""), Objects.toString(invoice.vendorId(), ""), text(vendorName),
                Objects.toString(invoice.propertyId(), ""), text(propertyCode),
                Objects.toString(invoice.expenseCategory(), "")));
        columns.addAll(lineColumns);
        columns.add(invoice.currency());
        columns.add(total);
        return columns;
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
