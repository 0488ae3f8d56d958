package com.vivanta.ops.platform.security;

import java.time.Duration;
import java.util.UUID;

/** Signs the access tokens the API accepts. The runtime decides the algorithm and the key. */
public interface AccessTokenIssuer {

    IssuedToken issue(UUID userId, UUID organizationId, String email);

    record IssuedToken(String accessToken, Duration expiresIn) {
    }
}
