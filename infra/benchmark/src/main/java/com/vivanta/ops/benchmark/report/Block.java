package com.vivanta.ops.benchmark.report;

import com.vivanta.ops.benchmark.results.Second;
import java.util.List;

/**
 * A piece of the report, rendered as Markdown for docs/performance.md and as HTML for index.html. Text may hold
 * Markdown's {@code **bold**} and {@code `code`}, which the HTML renders too.
 */
sealed interface Block {

    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    record TableBlock(Table table) implements Block {
    }

    /**
     * Throughput and latency per second of one level; only the HTML draws it.
     *
     * @param countedSeconds      the counted window's length: later seconds are the last answers' tail (NaN:
     *                            the seconds are not of a counted window)
     * @param splitReadsAndWrites draw read and write p99 as well (the operator's day)
     */
    record Timeline(String title, List<Second> seconds, double countedSeconds, boolean splitReadsAndWrites)
            implements Block {
    }

    /** Only in the HTML report (the details that would swamp docs/performance.md). */
    record HtmlOnly(Block block) implements Block {
    }
}
