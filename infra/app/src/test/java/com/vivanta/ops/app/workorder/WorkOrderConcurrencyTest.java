package com.vivanta.ops.app.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vivanta.ops.api.workorder.WorkOrderCreatedEvent;
import com.vivanta.ops.api.workorder.WorkOrderDetailsRevisedEvent;
import com.vivanta.ops.api.workorder.WorkOrderHeldEvent;
import com.vivanta.ops.api.workorder.WorkOrderResumedEvent;
import com.vivanta.ops.api.workorder.WorkOrderScheduledEvent;
import com.vivanta.ops.api.workorder.WorkOrderStartedEvent;
import com.vivanta.ops.api.workorder.WorkOrderStatus;
import com.vivanta.ops.api.workorder.WorkOrderVendorAcceptedEvent;
import com.vivanta.ops.api.workorder.WorkOrderVendorAssignedEvent;
import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many operators acting on one work order at the same moment: every request is either carried out or
 * refused as a conflict with the state it met, and the stored stream stays whole and replays to what the
 * read model shows.
 */
class WorkOrderConcurrencyTest extends ApiTest {

    private static final Instant VISIT = Instant.parse("2026-12-02T09:00:00Z");

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private EventStore eventStore;

    /** What the work order looks like after its events: the parts the concurrent requests change. */
    private record Replayed(WorkOrderStatus status, Instant scheduledFor, String description) {

        Replayed apply(Object event) {
            if (event instanceof WorkOrderCreatedEvent created) {
                return new Replayed(WorkOrderStatus.OPEN, null, created.description());
            } else if (event instanceof WorkOrderVendorAssignedEvent) {
                return withStatus(WorkOrderStatus.ASSIGNED);
            } else if (event instanceof WorkOrderVendorAcceptedEvent) {
                return withStatus(WorkOrderStatus.ACCEPTED);
            } else if (event instanceof WorkOrderScheduledEvent scheduled) {
                return new Replayed(WorkOrderStatus.SCHEDULED, scheduled.scheduledFor(), description);
            } else if (event instanceof WorkOrderStartedEvent) {
                return withStatus(WorkOrderStatus.IN_PROGRESS);
            } else if (event instanceof WorkOrderHeldEvent) {
                return withStatus(WorkOrderStatus.ON_HOLD);
            } else if (event instanceof WorkOrderResumedEvent resumed) {
                return withStatus(resumed.status());
            } else if (event instanceof WorkOrderDetailsRevisedEvent revised) {
                return new Replayed(status, scheduledFor, revised.description());
            }
            throw new AssertionError("Unexpected event in this test: " + event);
        }

        private Replayed withStatus(WorkOrderStatus newStatus) {
            return new Replayed(newStatus, scheduledFor, description);
        }
    }

    @Test
    void twentyConcurrentChangesEachSucceedOrConflictAndTheStreamReplaysToTheReadModel() throws Exception {
        Member operator = tenants.member(tenants.newTenant(), "operations");
        String caseId = as(operator).body(Map.of("caseType", "maintenance", "title", "Boiler"))
                                    .post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
        String workOrderId = as(operator).body(Map.of()).post("/api/v1/cases/" + caseId + "/work-orders")
                                         .then().statusCode(201).extract().path("data.id");
        String vendorId = as(operator).body(Map.of("name", "Heat Co",
                                                   "insuranceExpiresOn", LocalDate.now().plusYears(1).toString()))
                                      .post("/api/v1/vendors").then().statusCode(201).extract().path("data.id");
        String base = "/api/v1/work-orders/" + workOrderId;
        as(operator).body(Map.of("vendorId", vendorId)).post(base + "/assign-vendor").then().statusCode(200);
        as(operator).body(Map.of()).post(base + "/accept").then().statusCode(200);
        as(operator).body(Map.of("scheduledFor", VISIT.toString())).post(base + "/schedule").then().statusCode(200);

        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            requests.add(() -> switch (n % 4) {
                case 0 -> as(operator).body(Map.of("reason", "Parts " + n)).post(base + "/hold").statusCode();
                case 1 -> as(operator).body(Map.of()).post(base + "/resume").statusCode();
                case 2 -> as(operator).body(Map.of("scheduledFor", VISIT.plus(Duration.ofHours(n)).toString()))
                                      .post(base + "/schedule").statusCode();
                default -> as(operator).body(Map.of("description", "Edit " + n)).patch(base).statusCode();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (Callable<Integer> request : requests) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return request.call();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).allMatch(status -> status == 200 || status == 409).contains(200);
        } finally {
            pool.shutdownNow();
        }

        List<Long> sequence = jdbc.queryForList("SELECT sequence_number FROM domain_event_entry "
                                                        + "WHERE aggregate_identifier = ? ORDER BY sequence_number",
                                                Long.class, workOrderId);
        assertThat(sequence).containsExactlyElementsOf(LongStream.range(0, sequence.size()).boxed().toList());

        Replayed replayed = eventStore.readEvents(workOrderId).asStream()
                                      .map(DomainEventMessage::getPayload)
                                      .reduce(new Replayed(null, null, null), Replayed::apply, (a, b) -> b);
        long lastSequence = sequence.get(sequence.size() - 1);
        JsonPath view = await().atMost(Duration.ofSeconds(10)).until(
                () -> as(operator).get(base).then().statusCode(200).extract().jsonPath(),
                json -> json.getLong("data.version") == lastSequence);
        assertThat(view.getString("data.status")).isEqualTo(replayed.status().name());
        assertThat(Instant.parse(view.getString("data.scheduledFor"))).isEqualTo(replayed.scheduledFor());
        assertThat(view.getString("data.description")).isEqualTo(replayed.description());
    }
}
