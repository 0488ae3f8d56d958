package com.vivanta.ops.command.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiSuggestionType;
import com.vivanta.ops.api.ai.ProposedField;
import com.vivanta.ops.command.ai.provider.AiProviderFailure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AiOutputsTest {

    private final AiOutputs outputs = new AiOutputs(new ObjectMapper());

    @Test
    void aCaseAnswerMakesAClassificationAndTheActionsWorthDoing() {
        var answer = outputs.read(AiCapability.CASE_ASSIST, """
                {"recommendedCaseType":"Maintenance","recommendedPriority":"medium",
                 "recommendedNextActions":["create_work_order","monitor_only"],"recommendedWorkflow":"vendor_dispatch",
                 "reasoning":"Leak","confidence":0.8,"extra":"ignored"}""");

        assertThat(answer.confidence()).isEqualTo(0.8);
        assertThat(answer.proposals().get(AiSuggestionType.CASE_CLASSIFICATION))
                .containsExactly(new ProposedField("caseType", "maintenance", 0.8),
                                 new ProposedField("priority", "NORMAL", 0.8));
        assertThat(answer.proposals().get(AiSuggestionType.CASE_NEXT_ACTIONS))
                .containsExactly(new ProposedField("create_work_order", "yes", 0.8));
    }

    @Test
    void aRoutingAnswerMakesOneRouteSuggestion() {
        var answer = outputs.read(AiCapability.APPROVAL_ASSIST, """
                {"recommendedApproverRoles":["Finance","admin","finance"],"recommendedFlowType":"multi_step",
                 "reasoning":"High value","confidence":0.78}""");

        assertThat(answer.proposals().get(AiSuggestionType.INVOICE_APPROVAL_ROUTE))
                .containsExactly(new ProposedField("approverRoles", "finance,admin", 0.78),
                                 new ProposedField("flowType", "multi_step", 0.78));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not json at all",
            "[1, 2]",
            "{\"recommendedCaseType\":\"maintenance\"}",
            "{\"recommendedCaseType\":\"plumbing\",\"recommendedPriority\":\"low\",\"recommendedNextActions\":[],"
                    + "\"recommendedWorkflow\":\"simple\",\"reasoning\":\"x\",\"confidence\":0.5}",
            "{\"recommendedCaseType\":\"maintenance\",\"recommendedPriority\":\"low\",\"recommendedNextActions\":[],"
                    + "\"recommendedWorkflow\":\"simple\",\"reasoning\":\"x\",\"confidence\":1.5}",
            "{\"recommendedCaseType\":\"maintenance\",\"recommendedPriority\":\"low\","
                    + "\"recommendedNextActions\":[\"call_the_owner\"],\"recommendedWorkflow\":\"simple\","
                    + "\"reasoning\":\"x\",\"confidence\":0.5}",
            "{\"recommendedCaseType\":\"maintenance\",\"recommendedPriority\":\"low\",\"recommendedNextActions\":[],"
                    + "\"recommendedWorkflow\":\"simple\",\"reasoning\":\"\",\"confidence\":\"high\"}"})
    void anythingOutsideTheSchemaIsMalformed(String raw) {
        assertThatThrownBy(() -> outputs.read(AiCapability.CASE_ASSIST, raw))
                .isInstanceOfSatisfying(AiProviderFailure.class,
                                        failure -> assertThat(failure.code())
                                                .isEqualTo(AiProviderFailure.MALFORMED_OUTPUT));
    }

    @Test
    void aRouteWithoutRolesIsMalformed() {
        assertThatThrownBy(() -> outputs.read(AiCapability.APPROVAL_ASSIST, """
                {"recommendedApproverRoles":[],"recommendedFlowType":"single_step","reasoning":"x","confidence":0.5}"""))
                .isInstanceOf(AiProviderFailure.class);
    }
}
