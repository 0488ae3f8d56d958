package com.vivanta.ops.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A handler failure parks the event in the dead-letter queue; the processor neither skips nor stalls. */
class DeadLetterQueueTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private FailingProbeProcessor probe;

    @BeforeEach
    void startTheProbe() {
        probe.start();
    }

    @AfterEach
    void healAndStopTheProbe() {
        FailingProbeProjection.healed = true;
        probe.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {FailingProbeProjection.POISON, FailingProbeProjection.SQL_POISON})
    void aFailingEventIsDeadLetteredWhileLaterEventsFlowAndARetryDeliversIt(String poison) {
        FailingProbeProjection.healed = false;
        Tenant tenant = tenants.newTenant();
        Member operator = tenants.member(tenant, "operations");
        UUID poisoned = open(operator, poison + " leaking pipe");
        UUID healthy = open(operator, "Healthy case after the poisoned one");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(FailingProbeProjection.seen).contains(healthy);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM dead_letter_entry WHERE processing_group = ? "
                                                   + "AND aggregate_identifier = ?", Long.class,
                                           FailingProbeProjection.NAME, poisoned.toString())).isEqualTo(1L);
        });
        assertThat(FailingProbeProjection.seen).doesNotContain(poisoned);
        as(tenants.platformOperator()).get("/api/v1/admin/projections/" + FailingProbeProjection.NAME)
                          .then().statusCode(200)
                          .body("data.deadLetters", greaterThanOrEqualTo(1));

        FailingProbeProjection.healed = true;
        as(tenants.platformOperator()).post("/api/v1/admin/projections/" + FailingProbeProjection.NAME + "/dead-letters/retry")
                          .then().statusCode(200)
                          .body("data.remaining", equalTo(0));
        assertThat(FailingProbeProjection.seen).contains(poisoned);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dead_letter_entry WHERE processing_group = ?",
                                       Long.class, FailingProbeProjection.NAME)).isZero();
        as(tenants.platformOperator()).get("/api/v1/admin/projections/" + FailingProbeProjection.NAME)
                                      .then().body("data.state", equalTo("RUNNING"));
    }

    @Test
    void aBatchThatCannotCommitShowsAsAnErrorUntilItGoesThrough() {
        FailingProbeProjection.healed = false;
        Tenant tenant = tenants.newTenant();
        Member operator = tenants.member(tenant, "operations");
        UUID stuck = open(operator, FailingProbeProjection.COMMIT_POISON + " blocked drain");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> as(tenants.platformOperator()).get("/api/v1/admin/projections/" + FailingProbeProjection.NAME)
                                                    .then().body("data.state", equalTo("ERROR"))
                                                    .body("data.failing.cause",
                                                          containsString("Probe refuses to commit " + stuck)));
        as(tenants.platformOperator()).get("/api/v1/admin/projections/case-view")
                                      .then().body("data.failing", nullValue());

        FailingProbeProjection.healed = true;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(FailingProbeProjection.seen).contains(stuck);
            as(tenants.platformOperator()).get("/api/v1/admin/projections/" + FailingProbeProjection.NAME)
                                          .then().body("data.failing", nullValue());
        });
    }

    private UUID open(Member member, String title) {
        return UUID.fromString(as(member).body(Map.of("caseType", "maintenance", "title", title))
                                         .post("/api/v1/cases")
                                         .then().statusCode(201).extract().path("data.id"));
    }
}
