package com.vivanta.ops.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A named section of a Markdown file, between the lines {@code <!-- benchmark:NAME:start -->} and
 * {@code <!-- benchmark:NAME:end -->}. Each benchmark rewrites only its own section, so hand-written text and
 * the sections of other benchmarks in the same file stay as they are.
 */
public final class MarkdownSection {

    private final String startMarker;
    private final String endMarker;

    public MarkdownSection(String name) {
        this.startMarker = "<!-- benchmark:" + name + ":start -->";
        this.endMarker = "<!-- benchmark:" + name + ":end -->";
    }

    /**
     * Puts {@code content} into the section of {@code file}: replaces the section if the file has it, appends
     * it otherwise, and creates the file, starting with {@code headingOfNewFile}, if there is none.
     */
    public void writeInto(Path file, String content, String headingOfNewFile) throws IOException {
        String document = Files.exists(file) ? Files.readString(file) : headingOfNewFile + "\n";
        Path directory = file.toAbsolutePath().getParent();
        if (directory != null) {
            Files.createDirectories(directory);
        }
        Files.writeString(file, applyTo(document, content));
    }

    String applyTo(String document, String content) {
        String section = startMarker + "\n" + content.strip() + "\n" + endMarker;
        int start = document.indexOf(startMarker);
        int end = document.indexOf(endMarker, Math.max(start, 0));
        if (start < 0 && end < 0) {
            return document + separatorAfter(document) + section + "\n";
        }
        if (start < 0 || end < 0) {
            // Half a section means someone edited the markers; guessing where it ends could eat their text.
            throw new BenchmarkException("The Markdown file does not have " + startMarker + " followed by "
                                         + endMarker + "; repair or remove these markers, then run again");
        }
        return document.substring(0, start) + section + document.substring(end + endMarker.length());
    }

    /** A blank line between the existing text and an appended section. */
    private static String separatorAfter(String document) {
        if (document.isEmpty() || document.endsWith("\n\n")) {
            return "";
        }
        return document.endsWith("\n") ? "\n" : "\n\n";
    }
}
