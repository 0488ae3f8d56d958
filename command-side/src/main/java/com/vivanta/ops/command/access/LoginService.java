package com.vivanta.ops.command.access;

import com.vivanta.ops.api.access.FindLoginCandidatesQuery;
import com.vivanta.ops.api.access.LoginCandidate;
import com.vivanta.ops.api.access.RecordSignInCommand;
import com.vivanta.ops.api.access.SignInThrottledException;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.access.UserStatus;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.AccessTokenIssuer;
import com.vivanta.ops.platform.security.AccessTokenIssuer.IssuedToken;
import com.vivanta.ops.platform.web.ApiException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Signs a user in with e-mail and password. An e-mail may exist in several organizations; the password
 * decides which account is meant, and only when it fits several must the caller name the organization.
 */
@Service
class LoginService {

    /** Who tried an account with a wrong password is unknown. */
    private static final String ANONYMOUS = "anonymous";

    private final QueryGateway queryGateway;
    private final CommandGateway commandGateway;
    private final CredentialStore credentials;
    private final PasswordEncoder passwordEncoder;
    private final AccessTokenIssuer tokenIssuer;
    private final UnknownAccountThrottle unknownAccounts;
    // Checking a password against this when no account matches keeps the answer time the same, so the
    // timing does not reveal which e-mails exist.
    private final String decoyHash;

    LoginService(QueryGateway queryGateway, CommandGateway commandGateway, CredentialStore credentials,
                 PasswordEncoder passwordEncoder, AccessTokenIssuer tokenIssuer,
                 UnknownAccountThrottle unknownAccounts) {
        this.unknownAccounts = unknownAccounts;
        this.queryGateway = queryGateway;
        this.commandGateway = commandGateway;
        this.credentials = credentials;
        this.passwordEncoder = passwordEncoder;
        this.tokenIssuer = tokenIssuer;
        this.decoyHash = passwordEncoder.encode("decoy-password-for-constant-time");
    }

    record SignedIn(LoginCandidate account, IssuedToken token) {
    }

    /**
     * Checks the password and records the attempt on the account, which refuses it (429) while it is
     * throttled after repeated failures, whether or not the password fits this time.
     */
    private boolean attempt(LoginCandidate candidate, String password) {
        boolean fits = passwordFits(candidate, password);
        try {
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(
                    new RecordSignInCommand(candidate.userId(), fits)).andMetaData(Map.of(
                    MessageMetadata.ORGANIZATION_ID, candidate.organizationId().toString(),
                    MessageMetadata.USER_ID, fits ? candidate.userId().toString() : ANONYMOUS)));
        } catch (SignInThrottledException throttled) {
            throw tooManyAttempts();
        }
        return fits;
    }

    /** The same answer whether or not the address has an account, so that it reveals nothing. */
    private static ApiException tooManyAttempts() {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_ATTEMPTS",
                                "Too many failed sign-ins; try again later");
    }

    /** An account without a password (e.g. invited, not yet set) never fits, but costs the same time. */
    private boolean passwordFits(LoginCandidate candidate, String password) {
        Optional<String> hash = credentials.passwordHashOf(candidate.userId());
        if (hash.isEmpty()) {
            passwordEncoder.matches(password, decoyHash);
            return false;
        }
        return passwordEncoder.matches(password, hash.get());
    }

    SignedIn login(String email, String password, String organizationSlug) {
        List<LoginCandidate> candidates = Futures.join(queryGateway.query(
                new FindLoginCandidatesQuery(email.trim().toLowerCase(Locale.ROOT)),
                ResponseTypes.multipleInstancesOf(LoginCandidate.class)));
        List<LoginCandidate> inOrganization = candidates.stream()
                .filter(candidate -> organizationSlug == null || organizationSlug.equals(candidate.organizationSlug()))
                .toList();
        List<LoginCandidate> matching = inOrganization.stream().filter(candidate -> attempt(candidate, password))
                                                      .toList();
        if (inOrganization.isEmpty()) {
            passwordEncoder.matches(password, decoyHash);
            if (unknownAccounts.throttledAfterFailing(email)) {
                throw tooManyAttempts();
            }
        }
        if (matching.isEmpty()) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "INVALID_CREDENTIALS", "Invalid email or password");
        }
        if (matching.size() > 1) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "ORGANIZATION_REQUIRED",
                                   "These credentials fit accounts in several organizations; "
                                           + "name the organization (its slug) to sign in");
        }
        LoginCandidate account = matching.get(0);
        if (account.status() != UserStatus.ACTIVE) {
            throw new ApiException(HttpStatus.FORBIDDEN, "USER_NOT_ACTIVE", "This account is not active");
        }
        return new SignedIn(account, tokenIssuer.issue(account.userId(), account.organizationId(),
                                                       email.trim().toLowerCase(Locale.ROOT)));
    }
}
