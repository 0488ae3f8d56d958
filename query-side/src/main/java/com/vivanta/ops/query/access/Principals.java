package com.vivanta.ops.query.access;

import com.vivanta.ops.api.access.PrincipalView;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The principals every request is checked against, kept in memory from one change of the access directory to
 * the next. Reading a user's status and permissions anew for every request cost a transaction per request;
 * this answers the same, because the projection that changes a user or a role forgets what it changed the
 * moment its transaction commits, before anyone could read the new state from the table.
 *
 * <p>A principal read while a change commits is kept only if nothing was forgotten meanwhile, so a stale read
 * never outlives the change that made it stale. The cache lives in the JVM that projects the access directory
 * (with one node, every request's); see docs/security.md.
 */
final class Principals {

    private final Map<UUID, PrincipalView> byUser = new ConcurrentHashMap<>();
    /** Moves on with every change forgotten, so that a read that overlapped one is not kept. */
    private final AtomicLong changes = new AtomicLong();

    Optional<PrincipalView> find(UUID userId, Supplier<Optional<PrincipalView>> fromTable) {
        PrincipalView known = byUser.get(userId);
        if (known != null) {
            return Optional.of(known);
        }
        long changesBefore = changes.get();
        Optional<PrincipalView> read = fromTable.get();
        read.ifPresent(principal -> {
            byUser.put(userId, principal);
            if (changes.get() != changesBefore) {
                byUser.remove(userId, principal);
            }
        });
        return read;
    }

    /** Forgets the user once the change being projected commits. */
    void forget(UUID userId) {
        afterCommit(() -> byUser.remove(userId));
    }

    /** Forgets everyone once the change being projected commits: a role's permissions changed. */
    void forgetAll() {
        afterCommit(byUser::clear);
    }

    private void afterCommit(Runnable forgetting) {
        Runnable forget = () -> {
            changes.incrementAndGet();
            forgetting.run();
        };
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(committed -> forget.run());
        } else {
            forget.run();
        }
    }
}
