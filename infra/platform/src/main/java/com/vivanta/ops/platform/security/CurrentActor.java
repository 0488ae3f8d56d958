package com.vivanta.ops.platform.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who the current thread acts for. Tenant and actor always come from here, never from a request body. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ActorAuthentication actorAuthentication) {
            return Optional.of(actorAuthentication.getPrincipal());
        }
        return Optional.empty();
    }

    /** The actor of an authenticated request; calling it elsewhere is a programming error. */
    public static Actor get() {
        return find().orElseThrow(() -> new IllegalStateException("No authenticated actor on this thread"));
    }
}
