package com.vivanta.ops.benchmark.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.vivanta.ops.benchmark.results.RequestTypeResult;
import com.vivanta.ops.benchmark.results.Second;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads files as bench.lua writes them (Lua tables in any key order, number keys as strings). */
class WrkThreadFilesTest {

    private static final String THREAD_1 = """
            {"types":{"case_detail":{"kind":"read","route":"GET /api/v1/cases/{id}","requests":3,"ok":2,"lagged":0,
              "not_sent":0,"errors":{"500":1},"hist":{"694":2},"max_us":1004,"sum_us":2000},
             "open_case":{"kind":"write","route":"POST /api/v1/cases","requests":2,"ok":1,"lagged":1,"not_sent":1,
              "errors":{},"hist":{"925":2},"max_us":10100,"sum_us":20000}},
             "seconds":{"-1":{"requests":4,"errors":0,"lagged":0,"not_sent":0,"read_hist":{"694":4},"write_hist":{}},
                        "0":{"requests":5,"errors":1,"lagged":1,"not_sent":1,"read_hist":{"694":2},"write_hist":{"925":2}}},
             "responses":9,"resent":1,"substitutes":1,"counters":{"invoices_created":7}}
            """;
    private static final String THREAD_2 = """
            {"counters":{"invoices_created":4},"substitutes":0,"resent":0,"responses":3,
             "seconds":{"0":{"read_hist":{"694":3},"write_hist":{},"requests":3,"errors":0,"lagged":0,"not_sent":0}},
             "types":{"case_detail":{"hist":{"694":3},"max_us":1002,"sum_us":3000,"requests":3,"ok":3,"lagged":0,
              "not_sent":0,"errors":{},"kind":"read","route":"GET /api/v1/cases/{id}"},
              "open_case":{"kind":"write","route":"POST /api/v1/cases","requests":0,"ok":0,"lagged":0,"not_sent":0,
              "errors":{},"hist":{},"max_us":0,"sum_us":0}}}
            """;
    private static final String SUMMARY = """
            {"threads":2,"duration_us":9000000,"requests":12,"bytes":1000,
             "errors":{"connect":0,"read":1,"write":0,"status":1,"timeout":0}}
            """;

    @Test
    void mergesTheThreadsPerRequestTypePerSecondAndInTotal(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("thread-1.json"), THREAD_1);
        Files.writeString(directory.resolve("thread-2.json"), THREAD_2);
        Files.writeString(directory.resolve("summary.json"), SUMMARY);

        WrkThreadFiles files = WrkThreadFiles.read(directory, 2);

        Map<String, RequestTypeResult> types = files.types();
        assertThat(types.get("case_detail").requests()).isEqualTo(6);
        assertThat(types.get("case_detail").succeeded()).isEqualTo(5);
        assertThat(types.get("case_detail").errors()).containsExactly(Map.entry("500", 1L));
        assertThat(types.get("case_detail").latency().count()).isEqualTo(5);
        assertThat(types.get("case_detail").latency().max()).isEqualTo(1.004);
        assertThat(types.get("open_case").lagged()).isEqualTo(1);
        assertThat(types.get("open_case").notSent()).isEqualTo(1);
        assertThat(files.latency("write").count()).isEqualTo(2);
        assertThat(files.latency(null).count()).isEqualTo(7);

        List<Second> timeline = files.timeline();
        assertThat(timeline).extracting(Second::second).containsExactly(-1, 0);
        assertThat(timeline.get(1).requests()).isEqualTo(8);
        assertThat(timeline.get(1).lagged()).isEqualTo(1);
        assertThat(timeline.get(1).writeP99()).isGreaterThan(timeline.get(1).readP99());

        assertThat(files.consistency().generatorAnswers()).isEqualTo(files.consistency().scriptAnswers());
        assertThat(files.consistency().socketErrors()).isEqualTo(1);
        assertThat(files.counterMaximum("invoices_created")).isEqualTo(7);
    }
}
