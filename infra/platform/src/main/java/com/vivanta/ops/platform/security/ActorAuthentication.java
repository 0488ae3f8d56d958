package com.vivanta.ops.platform.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A verified token turned into the {@link Actor} it stands for. */
public class ActorAuthentication extends AbstractAuthenticationToken {

    private final Actor actor;
    private final String token;

    public ActorAuthentication(Actor actor, String token) {
        super(actor.permissions().stream().map(SimpleGrantedAuthority::new).toList());
        this.actor = actor;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Actor getPrincipal() {
        return actor;
    }

    @Override
    public String getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return actor.userId().toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActorAuthentication that && super.equals(that) && actor.equals(that.actor);
    }

    @Override
    public int hashCode() {
        return List.of(super.hashCode(), actor).hashCode();
    }
}
