package com.vivanta.ops.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many writers at once: the event store's tail is read once per commit and events of concurrent commits reach
 * the projections in shared batches, so an event committed while a read is under way must still be found,
 * and every write must still be answered with its own view. Every opened case is then in every read model
 * that takes cases, with the assistant's run about it.
 */
class ConcurrentWritesTest extends ApiTest {

    private static final int WRITERS = 8;
    private static final int CASES_EACH = 15;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyCaseOpenedConcurrentlyIsAnsweredWithItsViewAndReachesEveryReadModel() throws Exception {
        Tenant tenant = tenants.newTenant();
        Member operator = tenants.member(tenant, "operations");
        as(operator).get("/api/v1/cases").then().statusCode(200); // signed in before the writers start
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<List<UUID>>> written = new ArrayList<>();
        try {
            for (int writer = 0; writer < WRITERS; writer++) {
                int number = writer;
                written.add(writers.submit((Callable<List<UUID>>) () -> openCases(operator, number)));
            }
            List<UUID> opened = new ArrayList<>();
            for (Future<List<UUID>> cases : written) {
                opened.addAll(cases.get());
            }
            assertThat(opened).hasSize(WRITERS * CASES_EACH).doesNotHaveDuplicates();
            Object[] ids = opened.stream().map(UUID::toString).toArray(String[]::new);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(count("SELECT count(*) FROM case_view WHERE id = ANY (?::uuid[])", ids))
                        .isEqualTo(opened.size());
                assertThat(count("SELECT count(*) FROM portal_case WHERE id = ANY (?::uuid[])", ids))
                        .isEqualTo(opened.size());
                assertThat(count("SELECT count(*) FROM workflow_run WHERE target_entity_id = ANY (?::uuid[])", ids))
                        .isEqualTo(opened.size());
                assertThat(count("SELECT count(DISTINCT aggregate_id) FROM audit_entry "
                                         + "WHERE event_type = 'CaseOpenedEvent' AND aggregate_id = ANY (?)", ids))
                        .isEqualTo(opened.size());
                assertThat(count("SELECT count(*) FROM ai_run_view WHERE status = 'COMPLETED' "
                                         + "AND target_id = ANY (?::uuid[])", ids))
                        .isEqualTo(opened.size());
            });
        } finally {
            writers.shutdownNow();
        }
    }

    private List<UUID> openCases(Member operator, int writer) {
        List<UUID> opened = new ArrayList<>();
        for (int i = 0; i < CASES_EACH; i++) {
            String title = "Writer " + writer + " case " + i;
            opened.add(UUID.fromString(as(operator).body(Map.of("caseType", "maintenance", "title", title))
                                                   .post("/api/v1/cases").then().statusCode(201)
                                                   .extract().path("data.id")));
        }
        return opened;
    }

    private long count(String sql, Object[] ids) {
        return jdbc.queryForObject(sql, Long.class, (Object) ids);
    }
}
