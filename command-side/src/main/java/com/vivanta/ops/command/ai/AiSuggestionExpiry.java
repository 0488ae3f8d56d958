package com.vivanta.ops.command.ai;

import com.vivanta.ops.api.ai.ExpireAiSuggestionCommand;
import com.vivanta.ops.api.ai.ExpiredAiSuggestion;
import com.vivanta.ops.api.ai.FindExpiredAiSuggestionsQuery;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.platform.messaging.Futures;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Settles suggestions nobody answered in time as EXPIRED, so that queues show what is still worth a look
 * and the evaluation counts them for what they are. Apply refuses an expired suggestion even before the
 * sweep gets to it; the sweep only makes the status say so.
 */
@Component
class AiSuggestionExpiry {

    private static final Logger log = LoggerFactory.getLogger(AiSuggestionExpiry.class);
    private static final int BATCH = 500;

    private final QueryGateway queryGateway;
    private final CommandGateway commandGateway;
    private final Clock clock;

    AiSuggestionExpiry(QueryGateway queryGateway, CommandGateway commandGateway, Clock clock) {
        this.queryGateway = queryGateway;
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${vivanta.ai.expiry-sweep-interval:PT10M}",
               initialDelayString = "${vivanta.ai.expiry-sweep-interval:PT10M}")
    void expireOverdue() {
        List<ExpiredAiSuggestion> overdue = Futures.join(queryGateway.query(
                new FindExpiredAiSuggestionsQuery(clock.instant(), BATCH),
                ResponseTypes.multipleInstancesOf(ExpiredAiSuggestion.class)));
        for (ExpiredAiSuggestion suggestion : overdue) {
            try {
                commandGateway.sendAndWait(new ExpireAiSuggestionCommand(suggestion.suggestionId()), MetaData.from(
                        Map.of(MessageMetadata.ORGANIZATION_ID, suggestion.organizationId().toString(),
                               MessageMetadata.USER_ID, MessageMetadata.SYSTEM_USER)));
            } catch (RuntimeException settledMeanwhile) {
                // Applied or rejected since the read model was read: it is not expired after all.
                log.debug("Suggestion {} was settled before it could expire", suggestion.suggestionId());
            }
        }
    }
}
