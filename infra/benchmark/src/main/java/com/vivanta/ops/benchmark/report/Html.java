package com.vivanta.ops.benchmark.report;

import com.vivanta.ops.benchmark.report.Block.Heading;
import com.vivanta.ops.benchmark.report.Block.HtmlOnly;
import com.vivanta.ops.benchmark.report.Block.Paragraph;
import com.vivanta.ops.benchmark.report.Block.TableBlock;
import com.vivanta.ops.benchmark.report.Block.Timeline;
import com.vivanta.ops.benchmark.results.Second;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The HTML report: one self-contained page (inline CSS and SVG, no script, nothing fetched when it is viewed)
 * with the report's tables and, for every level, its throughput and latency second by second.
 */
final class Html {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 150;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 10;
    private static final int BOTTOM = 25;

    private Html() {
    }

    static String render(String title, List<Block> blocks) {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title>
                <style>
                body { font-family: sans-serif; margin: 2em; max-width: 1100px; color: #222; }
                table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.9em; }
                th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; vertical-align: top; }
                th { background: #f3f3f3; } .n { text-align: right; white-space: nowrap; }
                code { font-size: 0.95em; } h4 { margin-bottom: 0.2em; font-weight: normal; }
                svg { display: block; margin-bottom: 0.3em; } .legend { font-size: 0.8em; color: #555; }
                </style></head><body>
                <h1>%s</h1>
                """.formatted(escape(title), escape(title)));
        for (Block block : blocks) {
            page.append(render(block));
        }
        return page.append("</body></html>\n").toString();
    }

    private static String render(Block block) {
        if (block instanceof Heading heading) {
            return "<h" + heading.level() + ">" + inline(heading.text()) + "</h" + heading.level() + ">\n";
        }
        if (block instanceof Paragraph paragraph) {
            return "<p>" + inline(paragraph.text()) + "</p>\n";
        }
        if (block instanceof TableBlock table) {
            return table.table().html();
        }
        if (block instanceof Timeline timeline) {
            return timeline(timeline);
        }
        return render(((HtmlOnly) block).block());
    }

    private static String timeline(Timeline timeline) {
        List<Second> seconds = timeline.seconds();
        if (seconds.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<h4>" + inline(timeline.title()) + "</h4>\n");
        int first = seconds.get(0).second();
        int last = seconds.get(seconds.size() - 1).second();
        out.append(chart(seconds, first, last, timeline.countedSeconds(), "answers per second", List.of(
                new Series("answers", "#4a8", Second::requests, true),
                new Series("errors, 202s and writes not sent", "#d33",
                           second -> second.errors() + second.lagged() + second.notSent(), true))));
        List<Series> latency = timeline.splitReadsAndWrites()
                ? List.of(new Series("p50", "#36c", Second::p50, false),
                          new Series("read p99", "#e80", Second::readP99, false),
                          new Series("write p99", "#a3a", Second::writeP99, false))
                : List.of(new Series("p50", "#36c", Second::p50, false),
                          new Series("p99", "#e80", Second::p99, false));
        out.append(chart(seconds, first, last, timeline.countedSeconds(), "latency ms", latency));
        return out.toString();
    }

    private record Series(String name, String colour, ToDoubleFunction<Second> value, boolean bars) {
    }

    /**
     * One chart over the seconds first..last; seconds below zero (the warm-up) and from {@code countedSeconds} on
     * (the last answers after the window) are shaded.
     */
    private static String chart(List<Second> seconds, int first, int last, double countedSeconds, String unit,
                                List<Series> series) {
        double top = 0;
        for (Series line : series) {
            for (Second second : seconds) {
                double value = line.value().applyAsDouble(second);
                if (!Double.isNaN(value)) {
                    top = Math.max(top, value);
                }
            }
        }
        top = top == 0 ? 1 : top * 1.05;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double step = plotWidth / Math.max(1, last - first + 1);
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\""
                + " font-size=\"10\">\n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        if (first < 0) {
            svg.append(shade(LEFT, -first * step, plotHeight, "warm-up"));
        }
        if (!Double.isNaN(countedSeconds) && last >= countedSeconds) {
            double start = LEFT + (Math.ceil(countedSeconds) - first) * step;
            svg.append(shade(start, WIDTH - RIGHT - start, plotHeight, "after"));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#999\"/>\n",
                                 LEFT, TOP + plotHeight, WIDTH - RIGHT, TOP + plotHeight));
        for (int tick = 0; tick <= 4; tick++) {
            double value = top * tick / 4;
            double y = TOP + plotHeight - plotHeight * tick / 4;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>"
                                                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
                                     LEFT, y, WIDTH - RIGHT, y, LEFT - 4, y + 3, Format.decimal(value, value < 10 ? 1 : 0)));
        }
        int labelEvery = Math.max(1, (last - first + 1) / 15);
        for (int second = first; second <= last; second++) {
            if (second % labelEvery == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d s</text>\n",
                                         LEFT + (second - first + 0.5) * step, HEIGHT - 8, second));
            }
        }
        for (Series line : series) {
            svg.append(line.bars() ? bars(seconds, first, line, top, step, plotHeight)
                                   : polyline(seconds, first, line, top, step, plotHeight));
        }
        svg.append("</svg>\n<div class=\"legend\">").append(escape(unit)).append(": ");
        for (Series line : series) {
            svg.append("<span style=\"color:").append(line.colour()).append("\">■ ").append(escape(line.name()))
               .append("</span> ");
        }
        return svg.append("</div>\n").toString();
    }

    private static String shade(double x, double width, double plotHeight, String label) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"#eee\"/>"
                                          + "<text x=\"%.1f\" y=\"%d\" fill=\"#888\">%s</text>\n", x, TOP, width,
                             plotHeight, x + 3, TOP + 10, label);
    }

    private static String bars(List<Second> seconds, int first, Series series, double top, double step,
                               double plotHeight) {
        StringBuilder out = new StringBuilder();
        for (Second second : seconds) {
            double value = series.value().applyAsDouble(second);
            if (Double.isNaN(value) || value <= 0) {
                continue;
            }
            double height = plotHeight * value / top;
            out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                                                  + " fill=\"%s\"><title>%d s: %s</title></rect>\n",
                                     LEFT + (second.second() - first) * step + step * 0.1, TOP + plotHeight - height,
                                     step * 0.8, height, series.colour(), second.second(),
                                     Format.decimal(value, 0)));
        }
        return out.toString();
    }

    private static String polyline(List<Second> seconds, int first, Series series, double top, double step,
                                   double plotHeight) {
        StringBuilder points = new StringBuilder();
        for (Second second : seconds) {
            double value = series.value().applyAsDouble(second);
            if (Double.isNaN(value)) {
                continue;
            }
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + (second.second() - first + 0.5) * step,
                                        TOP + plotHeight - plotHeight * value / top));
        }
        return "<polyline fill=\"none\" stroke=\"" + series.colour() + "\" stroke-width=\"1.5\" points=\""
               + points.toString().trim() + "\"/>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Escapes, then renders Markdown's {@code **bold**} and {@code `code`}. */
    static String inline(String text) {
        return escape(text).replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>")
                           .replaceAll("`(.+?)`", "<code>$1</code>");
    }
}
