package com.vivanta.ops.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vivanta.ops.api.common.DuplicateException;
import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.command.common.UniqueKey;
import com.vivanta.ops.command.common.UniqueKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Set-based uniqueness on real PostgreSQL, including claims racing each other. */
class UniqueKeysTest extends ApiTest {

    @Autowired
    private UniqueKeys uniqueKeys;
    @Autowired
    private TransactionTemplate transactions;

    private final UUID organization = UUID.randomUUID();

    private UniqueKey code(String value) {
        return UniqueKey.within(organization, "test-code", value, "code");
    }

    private void inTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> work.run());
    }

    @Test
    void aValueHasOneHolderAtATimeComparedWithoutCaseAndSpaces() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        inTransaction(() -> uniqueKeys.claim(code("AB-1"), first));
        inTransaction(() -> uniqueKeys.claim(code("ab-1"), first));

        assertThatThrownBy(() -> inTransaction(() -> uniqueKeys.claim(code(" ab-1 "), second)))
                .isInstanceOf(DuplicateException.class)
                .hasMessageContaining("code");

        inTransaction(() -> uniqueKeys.change(code("ab-1"), code("ab-2"), first));
        inTransaction(() -> uniqueKeys.claim(code("AB-1"), second));
        assertThatThrownBy(() -> inTransaction(() -> uniqueKeys.claim(code("ab-2"), second)))
                .isInstanceOf(DuplicateException.class);
    }

    @Test
    void ofTwentySimultaneousClaimsExactlyOneWins() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            outcomes.add(threads.submit(() -> {
                start.await();
                try {
                    inTransaction(() -> uniqueKeys.claim(code("RACE"), UUID.randomUUID()));
                    return true;
                } catch (DuplicateException lost) {
                    return false;
                }
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> outcome : outcomes) {
            won += outcome.get() ? 1 : 0;
        }
        threads.shutdown();
        assertThat(won).isEqualTo(1);
    }
}
