package com.vivanta.ops.query.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Fields and rows of the CSV files the API hands out (RFC 4180: comma-separated, CRLF line ends, fields
 * quoted when they hold a comma, a quote or a line break).
 *
 * <p>Free text that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage
 * return) is prefixed with an apostrophe: such text comes from users and vendors' paper, and the files are
 * opened in spreadsheets.
 */
public final class CsvFields {

    private static final String LINE_END = "\r\n";

    private CsvFields() {
    }

    /** Appends one row of fields, each quoted as needed. */
    public static void row(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(CsvFields::quoted).collect(Collectors.joining(","))).append(LINE_END);
    }

    public static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }

    /** Free text, defused for spreadsheets (see the class comment); null is an empty field. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
