package com.vivanta.ops.api.access;

import com.vivanta.ops.api.common.DomainException;
import java.time.Duration;
import java.util.Map;

/** Too many failed sign-ins on the account recently; attempts are refused until the wait is over. */
public class SignInThrottledException extends DomainException {

    public SignInThrottledException(Duration retryAfter) {
        super("TOO_MANY_ATTEMPTS", "Too many failed sign-ins; try again later",
              Map.of("retryAfterSeconds", retryAfter.toSeconds()));
    }
}
