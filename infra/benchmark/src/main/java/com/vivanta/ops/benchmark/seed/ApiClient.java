package com.vivanta.ops.benchmark.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vivanta.ops.benchmark.BenchmarkException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The app's HTTP API as the seeder uses it: JSON in, the answer's {@code data} out, bearer tokens. Transient
 * refusals (a concurrent modification, a 5xx, a broken connection) are tried again a few times; anything else
 * is an {@link ApiException}. A 202 (the read model did not catch up within the app's 5 s) counts as done: the
 * command went through, and its {@code data.id} is there.
 */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    // Far above the app's own 5 s read-your-writes wait: today's app is slow, and slow is not failed.
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final int ATTEMPTS = 4;

    private final URI baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong laggedAnswers = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();

    ApiClient(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Signs in; fails with a readable message if the app cannot be reached or refuses the credentials. */
    String signIn(String email, String password) {
        JsonNode data;
        try {
            data = send(null, "POST", "/api/v1/auth/login", Map.of("email", email, "password", password), false);
        } catch (ApiException e) {
            throw new BenchmarkException("Sign-in as " + email + " failed: " + e.getMessage(), e);
        }
        JsonNode token = data.path("accessToken");
        if (!token.isTextual() || token.asText().isBlank()) {
            throw new BenchmarkException("Sign-in as " + email + " answered without data.accessToken");
        }
        return token.asText();
    }

    JsonNode get(String token, String path) {
        return send(token, "GET", path, null, false);
    }

    /** POST with a JSON body; {@code body} null sends none. */
    JsonNode post(String token, String path, Object body) {
        return send(token, "POST", path, body, false);
    }

    /**
     * POST to an entity that another read model shows a moment later than the one the previous answer waited
     * for (an approval flow after its invoice's submission): a 404 is tried again, like a transient refusal.
     */
    JsonNode postOnceVisible(String token, String path, Object body) {
        return send(token, "POST", path, body, true);
    }

    JsonNode put(String token, String path, Object body) {
        return send(token, "PUT", path, body, false);
    }

    long requests() {
        return requests.get();
    }

    long laggedAnswers() {
        return laggedAnswers.get();
    }

    long retries() {
        return retries.get();
    }

    private JsonNode send(String token, String method, String path, Object body, boolean retryNotFound) {
        HttpRequest request = request(token, method, path, body);
        for (int attempt = 1; ; attempt++) {
            requests.incrementAndGet();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt < ATTEMPTS) {
                    pauseBeforeRetry(attempt);
                    continue;
                }
                throw new ApiException(method, path, 0, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiException(method, path, 0, "interrupted");
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                if (status == 202) {
                    laggedAnswers.incrementAndGet();
                }
                return parse(response.body()).path("data");
            }
            if ((worthRetrying(status, response.body()) || (retryNotFound && status == 404)) && attempt < ATTEMPTS) {
                pauseBeforeRetry(attempt);
                continue;
            }
            throw new ApiException(method, path, status, response.body());
        }
    }

    private HttpRequest request(String token, String method, String path, Object body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        String json;
        try {
            json = JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot write " + body + " as JSON", e);
        }
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private static boolean worthRetrying(int status, String body) {
        return status >= 500 || (status == 409 && body.contains("CONCURRENT_MODIFICATION"));
    }

    private void pauseBeforeRetry(int attempt) {
        retries.incrementAndGet();
        try {
            Thread.sleep(250L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new BenchmarkException("The app answered with something other than JSON: " + body, e);
        }
    }
}
