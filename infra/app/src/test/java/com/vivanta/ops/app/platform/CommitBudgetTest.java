package com.vivanta.ops.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an opened case costs the database, counted in commits as PostgreSQL counts them
 * ({@code pg_stat_database.xact_commit}: every transaction, reads included): the request's own (signing in is
 * done before counting), the event store's reads, every projection's batches and the assistant's run and
 * suggestions. The budget is six per case, cases opened one after another, so that no batch is shared between
 * cases. Counts are stable where timings are not; a new processor, a read before a command or a batch split
 * in two shows here at once.
 *
 * <p>An idle application commits too, a few times a second (the event store's regular read, segment claims):
 * that rate is measured over an idle moment just before, and what it accounts for while the cases are opened
 * is left out, so that a slow machine does not make the cases look dearer.
 */
class CommitBudgetTest extends ApiTest {

    private static final Logger log = LoggerFactory.getLogger(CommitBudgetTest.class);
    private static final int CASES = 50;
    private static final double COMMITS_PER_CASE = 6.0;
    /** A backend reports its counts within a second of going idle; this is waited for before each reading. */
    private static final Duration STATISTICS_SETTLE = Duration.ofMillis(1500);

    @Autowired
    private JdbcTemplate jdbc;

    /** Statements this test sends itself, each a transaction of its own, to be left out of the count. */
    private int ownStatements;

    @Test
    void anOpenedCaseCostsAtMostSixCommitsTheAssistantsWorkIncluded() {
        Tenant tenant = tenants.newTenant();
        Member operator = tenants.member(tenant, "operations");
        RequestSpecification signedIn = as(operator);
        awaitAssistantDone(openCases(signedIn, 3));

        Reading idleStart = commits();
        Reading before = commits();
        double idlePerSecond = before.commitsSince(idleStart) / before.secondsSince(idleStart);
        List<UUID> opened = openCases(signedIn, CASES);
        awaitAssistantDone(opened);
        Reading after = commits();

        double background = idlePerSecond * after.secondsSince(before);
        double perCase = (after.commitsSince(before) - background) / CASES;
        log.info("An opened case cost {} database commits ({} idle commits a second left out)",
                 String.format("%.2f", perCase), String.format("%.1f", idlePerSecond));
        assertThat(perCase).as("database commits per opened case (%.1f idle commits a second left out)",
                               idlePerSecond)
                           .isLessThanOrEqualTo(COMMITS_PER_CASE);
    }

    /** The database's commits at a moment, less the statements this test sent itself up to then. */
    private record Reading(long commits, int ownStatements, long nanos) {

        double commitsSince(Reading earlier) {
            return (commits - earlier.commits) - (ownStatements - earlier.ownStatements);
        }

        double secondsSince(Reading earlier) {
            return (nanos - earlier.nanos) / 1e9;
        }
    }

    private List<UUID> openCases(RequestSpecification signedIn, int count) {
        List<UUID> opened = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            opened.add(UUID.fromString(signedIn.body(Map.of("caseType", "maintenance", "title", "Leaking tap " + i,
                                                            "description", "Water under the sink"))
                                               .post("/api/v1/cases").then().statusCode(201)
                                               .extract().path("data.id")));
        }
        return opened;
    }

    /** Until the assistant's run about each case is recorded and projected with everything else of its batch. */
    private void awaitAssistantDone(List<UUID> cases) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            ownStatements++;
            return jdbc.queryForObject("SELECT count(*) FROM ai_run_view WHERE status = 'COMPLETED' "
                                               + "AND target_id = ANY (?::uuid[])", Long.class,
                                       (Object) cases.stream().map(UUID::toString).toArray(String[]::new))
                    == cases.size();
        });
    }

    private Reading commits() {
        await().pollDelay(STATISTICS_SETTLE).until(() -> true);
        ownStatements += 2;
        jdbc.execute("SELECT pg_stat_clear_snapshot()");
        long commits = jdbc.queryForObject("SELECT xact_commit FROM pg_stat_database "
                                                   + "WHERE datname = current_database()", Long.class);
        return new Reading(commits, ownStatements, System.nanoTime());
    }
}
