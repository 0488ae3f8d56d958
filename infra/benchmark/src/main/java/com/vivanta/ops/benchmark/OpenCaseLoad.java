package com.vivanta.ops.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Opening cases through the HTTP API as a signed-in user. The endpoint answers once the new case is in the
 * read model, so a request's latency covers command handling, the event append and the projection.
 */
final class OpenCaseLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    // Far above the app's own read-your-writes timeout: a slow answer is a measurement, not a failure.
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final String BODY = "{\"caseType\":\"maintenance\",\"title\":\"Benchmark case %d\",\"priority\":\"NORMAL\"}";

    private final URI casesUri;
    private final String authorization;
    private final AtomicLong caseNumber = new AtomicLong();

    private OpenCaseLoad(URI casesUri, String accessToken) {
        this.casesUri = casesUri;
        this.authorization = "Bearer " + accessToken;
    }

    /** Signs in; fails with a readable message if the app cannot be reached or refuses the credentials. */
    static OpenCaseLoad signIn(URI baseUrl, String email, String password) throws InterruptedException {
        URI loginUri = URI.create(baseUrl + "/api/v1/auth/login");
        HttpRequest request = jsonPost(loginUri, JSON.valueToTree(Map.of("email", email, "password", password))
                .toString()).build();
        HttpResponse<String> response;
        try {
            response = newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new BenchmarkException("Cannot reach the app at " + baseUrl + " (" + e + "). Is it running?", e);
        }
        if (response.statusCode() != 200) {
            throw new BenchmarkException("Login as " + email + " failed: HTTP " + response.statusCode() + " "
                                         + response.body());
        }
        JsonNode token;
        try {
            token = JSON.readTree(response.body()).path("data").path("accessToken");
        } catch (IOException e) {
            throw new BenchmarkException("Login answered with something other than JSON: " + response.body(), e);
        }
        if (!token.isTextual() || token.asText().isBlank()) {
            throw new BenchmarkException("Login answered without data.accessToken: " + response.body());
        }
        return new OpenCaseLoad(URI.create(baseUrl + "/api/v1/cases"), token.asText());
    }

    /** Each client has an HTTP client of its own, so each holds its own keep-alive connection, like a real user. */
    LoadRun.Client openClient() {
        HttpClient http = newHttpClient();
        return () -> {
            HttpRequest request = jsonPost(casesUri, BODY.formatted(caseNumber.incrementAndGet()))
                    .header("Authorization", authorization)
                    .build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 201 ? Optional.empty() : Optional.of("HTTP " + status);
        };
    }

    private static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
    }

    private static HttpRequest.Builder jsonPost(URI uri, String body) {
        return HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
