package com.vivanta.ops.query.invoice;

import com.vivanta.ops.api.invoice.InvoiceLineView;
import com.vivanta.ops.api.invoice.InvoiceView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The accounting export of one invoice as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted
 * when they hold a comma, a quote or a line break). One row per line, then a {@code TOTAL} row with the
 * invoice's subtotal (in {@code amount}), tax and total. Every row repeats the invoice's own columns, so
 * that each row can be booked on its own. A line's {@code total} is its amount plus its tax, so the line
 * totals add up to the invoice's total (see {@code InvoiceTotals}). Amounts are plain decimals in the
 * currency's scale; quantities, prices and rates are as entered.
 *
 * <p>Free text that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage
 * return) is prefixed with an apostrophe: the text comes from vendors' paper, and the file is opened in
 * spreadsheets.
 */
final class InvoiceExportCsv {

    static final List<String> HEADER = List.of(
            "invoice_number", "invoice_date", "due_date", "vendor_id", "vendor_name", "property_id",
            "property_code", "expense_category", "gl_account", "line_number", "description", "quantity",
            "unit_price", "tax_rate", "amount", "tax", "currency", "total");

    private static final String LINE_END = "\r\n";

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

    private static void row(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(InvoiceExportCsv::quoted).collect(Collectors.joining(","))).append(LINE_END);
    }

    static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }

    /** Free text, defused for spreadsheets (see the class comment); null is an empty field. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
