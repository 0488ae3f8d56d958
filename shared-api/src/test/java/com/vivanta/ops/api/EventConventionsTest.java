package com.vivanta.ops.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/** Events are forever: every event is an immutable record with a past-tense name and a revision. */
class EventConventionsTest {

    @Test
    void everyEventIsARevisionedRecord() throws Exception {
        List<Class<?>> events = apiClasses().stream().filter(type -> type.getSimpleName().endsWith("Event")).toList();

        assertThat(events).isNotEmpty();
        assertThat(events).allSatisfy(event -> {
            assertThat(event.isRecord()).as("%s is a record", event.getSimpleName()).isTrue();
            assertThat(event.getAnnotation(Revision.class)).as("%s carries @Revision", event.getSimpleName())
                                                             .isNotNull();
            assertThat(event.getSimpleName()).as("%s is named in the past tense", event.getSimpleName())
                                             .matches(".*(ed|Sent|Paid|Held)(In|Out|Up)?Event");
        });
    }

    @Test
    void everyCommandAndQueryIsARecord() throws Exception {
        assertThat(apiClasses().stream()
                               .filter(type -> type.getSimpleName().endsWith("Command")
                                       || type.getSimpleName().endsWith("Query")))
                .isNotEmpty()
                .allSatisfy(type -> assertThat(type.isRecord()).as("%s is a record", type.getSimpleName()).isTrue());
    }

    private static List<Class<?>> apiClasses() throws IOException, URISyntaxException {
        // target/test-classes -> target/classes: the main classes of this module.
        Path root = Path.of(EventConventionsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                        .getParent().resolve("classes");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class") && !file.toString().contains("$"))
                        .map(file -> root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                        .map(EventConventionsTest::load)
                        .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
