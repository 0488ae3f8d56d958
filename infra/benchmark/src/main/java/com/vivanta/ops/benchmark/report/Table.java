package com.vivanta.ops.benchmark.report;

import java.util.ArrayList;
import java.util.List;

/** A table for both reports: a header and rows of text; Markdown or HTML. Numbers are right-aligned. */
final class Table {

    private final List<String> header;
    private final List<Boolean> numeric;
    private final List<List<String>> rows = new ArrayList<>();

    /** Columns named with a leading {@code <} are text (left-aligned); the rest are numbers. */
    Table(String... columns) {
        header = new ArrayList<>();
        numeric = new ArrayList<>();
        for (String column : columns) {
            boolean text = column.startsWith("<");
            header.add(text ? column.substring(1) : column);
            numeric.add(!text);
        }
    }

    Table row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + header.size() + " columns: " + header);
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", header)).append(" |\n|");
        numeric.forEach(isNumber -> out.append(isNumber ? "---:|" : "---|"));
        out.append('\n');
        for (List<String> row : rows) {
            // A pipe inside a cell (routes list alternatives with it) would end the cell.
            out.append("| ").append(String.join(" | ", row.stream().map(cell -> cell.replace("|", "\\|")).toList()))
               .append(" |\n");
        }
        return out.toString();
    }

    String html() {
        StringBuilder out = new StringBuilder("<table>\n<tr>");
        for (int i = 0; i < header.size(); i++) {
            out.append(numeric.get(i) ? "<th class=\"n\">" : "<th>").append(Html.escape(header.get(i))).append("</th>");
        }
        out.append("</tr>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                out.append(numeric.get(i) ? "<td class=\"n\">" : "<td>").append(Html.inline(row.get(i))).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</table>\n").toString();
    }
}
