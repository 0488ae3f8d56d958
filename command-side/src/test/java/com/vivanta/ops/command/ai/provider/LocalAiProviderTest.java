package com.vivanta.ops.command.ai.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vivanta.ops.api.ai.AiCapability;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalAiProviderTest {

    private final ObjectMapper objectMapper = new ObjectMapper();
    private final LocalAiProvider provider = new LocalAiProvider(objectMapper);

    private JsonNode ask(AiCapability capability, ObjectNode input) throws Exception {
        return objectMapper.readTree(provider.ask(new AiRequest(capability, null, null, "", "", input)));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Water leaking from the ceiling | drips                 | maintenance | high   | 0.74
            Smell of gas in the hallway    | please check          | general     | urgent | 0.74
            No heat since Monday           | radiators are cold    | maintenance | urgent | 0.74
            Question about my bill         | overcharged in March  | billing     | medium | 0.74
            Billing question               | why so much           | billing     | medium | 0.74
            Loud music at night            | noise complaint again | complaint   | high   | 0.74
            Lease renewal                  | when does it end      | lease       | low    | 0.74
            Hello                          | just saying hi        | general     | low    | 0.55
            """)
    void classifiesCasesByWholeWords(String title, String description, String type, String priority,
                                     double confidence) throws Exception {
        ObjectNode input = objectMapper.createObjectNode();
        input.putObject("case").put("title", title).put("description", description);

        JsonNode answer = ask(AiCapability.CASE_ASSIST, input);

        assertThat(answer.get("recommendedCaseType").asText()).isEqualTo(type);
        assertThat(answer.get("recommendedPriority").asText()).isEqualTo(priority);
        assertThat(answer.get("confidence").asDouble()).isEqualTo(confidence);
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource(delimiter = '|', textBlock = """
            4999.99 | Plumbing Ltd             | finance       | single_step | 0.62
            5000.00 | Plumbing Ltd             | finance,admin | multi_step  | 0.78
            120.00  | 24h Emergency Locksmiths | finance       | multi_step  | 0.78
            """)
    void routesInvoicesByAmountAndVendor(String total, String vendor, String roles, String flowType,
                                         double confidence) throws Exception {
        ObjectNode input = objectMapper.createObjectNode();
        input.putObject("invoice").put("totalAmount", total);
        input.putObject("vendor").put("name", vendor);

        JsonNode answer = ask(AiCapability.APPROVAL_ASSIST, input);

        assertThat(String.join(",", objectMapper.convertValue(answer.get("recommendedApproverRoles"),
                                                              String[].class))).isEqualTo(roles);
        assertThat(answer.get("recommendedFlowType").asText()).isEqualTo(flowType);
        assertThat(answer.get("confidence").asDouble()).isEqualTo(confidence);
    }
}
