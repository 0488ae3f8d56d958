package com.vivanta.ops.command.ai.provider;

import com.vivanta.ops.api.ai.AiProviderKind;
import com.vivanta.ops.api.ai.AiSettings;
import io.micrometer.observation.ObservationRegistry;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.util.List;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.NoopApiKey;
import org.springframework.ai.model.SimpleApiKey;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.api.OpenAiApi;
import org.springframework.ai.openai.api.ResponseFormat;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Any endpoint that speaks OpenAI's chat-completions protocol — OpenAI, Azure OpenAI, Ollama, vLLM — through
 * Spring AI. A client is built per request from the organization's settings (base URL, model, key,
 * timeout): each organization may point elsewhere, and building one is cheap next to the call. Spring AI's
 * retries are switched off: a failed run is retried on purpose, by an operator, not behind their back.
 */
@Component
public class OpenAiCompatibleProvider implements AiProvider {

    private static final RetryTemplate NO_RETRY = RetryTemplate.builder().maxAttempts(1).build();

    @Override
    public AiProviderKind kind() {
        return AiProviderKind.OPENAI;
    }

    @Override
    public String ask(AiRequest request) {
        AiSettings settings = request.settings();
        ChatResponse response;
        try {
            response = chatModel(settings, request.apiKey())
                    .call(new Prompt(List.of(new SystemMessage(request.systemPrompt()),
                                             new UserMessage(request.userPrompt()))));
        } catch (RuntimeException e) {
            throw failure(e, settings);
        }
        if (response == null || response.getResult() == null || response.getResult().getOutput() == null
                || response.getResult().getOutput().getText() == null) {
            throw new AiProviderFailure(AiProviderFailure.MALFORMED_OUTPUT, "The endpoint answered without a message");
        }
        return response.getResult().getOutput().getText();
    }

    private static OpenAiChatModel chatModel(AiSettings settings, String apiKey) {
        // HTTP/1.1: the JDK client's cleartext HTTP/2 upgrade trips up servers such as Ollama and Jetty-based stubs.
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout()).build());
        requests.setReadTimeout(settings.timeout());
        OpenAiApi api = OpenAiApi.builder()
                                 .baseUrl(settings.baseUrl())
                                 .apiKey(apiKey == null ? new NoopApiKey() : new SimpleApiKey(apiKey))
                                 .restClientBuilder(RestClient.builder().requestFactory(requests))
                                 .build();
        OpenAiChatOptions options = OpenAiChatOptions.builder()
                                                     .model(settings.model())
                                                     .temperature(0.0)
                                                     .responseFormat(ResponseFormat.builder()
                                                                                   .type(ResponseFormat.Type.JSON_OBJECT)
                                                                                   .build())
                                                     .build();
        return OpenAiChatModel.builder()
                              .openAiApi(api)
                              .defaultOptions(options)
                              .retryTemplate(NO_RETRY)
                              .observationRegistry(ObservationRegistry.NOOP)
                              .build();
    }

    private static AiProviderFailure failure(RuntimeException e, AiSettings settings) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return new AiProviderFailure(AiProviderFailure.TIMEOUT,
                                             "No answer from " + settings.baseUrl() + " within " + settings.timeout());
            }
        }
        // Spring AI puts the status and the endpoint's error body in the message; keys never appear there.
        return new AiProviderFailure(AiProviderFailure.PROVIDER_ERROR,
                                     "The endpoint at " + settings.baseUrl() + " failed: " + abbreviate(e.getMessage()));
    }

    private static String abbreviate(String message) {
        if (message == null) {
            return "no detail";
        }
        return message.length() <= 300 ? message : message.substring(0, 300) + "…";
    }
}
