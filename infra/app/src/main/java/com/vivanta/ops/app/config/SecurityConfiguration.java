package com.vivanta.ops.app.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.vivanta.ops.api.access.FindPrincipalQuery;
import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.access.PrincipalView;
import com.vivanta.ops.api.access.UserStatus;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.AccessTokenIssuer;
import com.vivanta.ops.platform.security.Actor;
import com.vivanta.ops.platform.security.ActorAuthentication;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.PortalBoundary;
import com.vivanta.ops.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API is an OAuth2 resource server that accepts signed JWTs. The built-in issuer
 * ({@code POST /auth/login}) signs them with HS256; an external identity provider could take its place by
 * swapping the decoder. Every request re-reads the user's status and permissions, so a deactivated user
 * or a revoked role stops working at once, not when the token expires.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String ISSUER = "vivanta-ops";
    static final String ORGANIZATION_CLAIM = "org";

    @Bean
    public SecretKey tokenSigningKey(@Value("${vivanta.security.jwt-secret:}") String secret,
                                     @Value("${vivanta.home}") Path home, Environment environment) {
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        return SigningKeys.resolve(secret, home.resolve("jwt-secret"), production);
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    public JwtDecoder jwtDecoder(SecretKey key) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        // Besides signature, issuer and time window: a token must expire, or a leaked one would work forever.
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(ISSUER),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull)));
        return decoder;
    }

    @Bean
    public AccessTokenIssuer accessTokenIssuer(SecretKey key, Clock clock,
                                               @Value("${vivanta.security.token-ttl}") Duration ttl) {
        JwtEncoder encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        return (userId, organizationId, email) -> {
            Instant now = clock.instant();
            JwtClaimsSet claims = JwtClaimsSet.builder()
                                              .issuer(ISSUER)
                                              .subject(userId.toString())
                                              .claim(ORGANIZATION_CLAIM, organizationId.toString())
                                              .claim("email", email)
                                              .issuedAt(now)
                                              .expiresAt(now.plus(ttl))
                                              .build();
            JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
            return new AccessTokenIssuer.IssuedToken(
                    encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue(), ttl);
        };
    }

    @Bean
    public SecurityFilterChain apiSecurity(HttpSecurity http, QueryGateway queryGateway, ObjectMapper objectMapper)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, failure) -> writeProblem(
                response, objectMapper,
                Problems.problem(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                                 "Sign in and send the token as 'Authorization: Bearer <token>'"));
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/login").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/health/**", "/error").permitAll()
                        // Metrics describe every tenant at once: for the platform operator only.
                        .requestMatchers("/actuator/**").hasAuthority(Permission.PLATFORM_ADMIN.key())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(actorConverter(queryGateway)))
                        .authenticationEntryPoint(unauthenticated))
                // After authentication and the route rules: owners stay in the portal, operators out of it.
                .addFilterAfter(portalBoundary(objectMapper), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, denied) -> writeProblem(
                                response, objectMapper,
                                Problems.problem(HttpStatus.FORBIDDEN, "FORBIDDEN", "You may not do this"))))
                .build();
    }

    private static OncePerRequestFilter portalBoundary(ObjectMapper objectMapper) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                String refusal = CurrentActor.find().map(actor -> PortalBoundary.refusal(actor, path)).orElse(null);
                if (refusal == null) {
                    chain.doFilter(request, response);
                    return;
                }
                String detail = PortalBoundary.OPERATOR_ROUTE.equals(refusal)
                        ? "Owner accounts use the owner portal (/api/v1/portal) only"
                        : "The owner portal is for owner accounts";
                ProblemDetail problem = Problems.problem(HttpStatus.FORBIDDEN, refusal, detail);
                writeProblem(response, objectMapper, problem);
            }
        };
    }

    /** Turns a verified token into the actor it stands for, as the user is right now. */
    private static Converter<Jwt, AbstractAuthenticationToken> actorConverter(QueryGateway queryGateway) {
        return jwt -> {
            UUID userId = parse(jwt.getSubject());
            Optional<PrincipalView> principal = Futures.join(queryGateway.query(
                    new FindPrincipalQuery(userId), ResponseTypes.optionalInstanceOf(PrincipalView.class)));
            PrincipalView user = principal
                    .filter(p -> p.status() == UserStatus.ACTIVE)
                    .filter(p -> Objects.equals(p.organizationId().toString(), jwt.getClaimAsString(ORGANIZATION_CLAIM)))
                    .orElseThrow(() -> new InvalidBearerTokenException("The token's user is unknown or not active"));
            return new ActorAuthentication(new Actor(user.userId(), user.organizationId(), user.email(),
                                                     user.userType(), user.ownerId(), user.permissions()),
                                           jwt.getTokenValue());
        };
    }

    private static UUID parse(String subject) {
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidBearerTokenException("The token's subject is not a user id");
        }
    }

    private static void writeProblem(HttpServletResponse response, ObjectMapper objectMapper, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
