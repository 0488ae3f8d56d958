package com.vivanta.ops.command.common;

import com.vivanta.ops.api.common.ActionNotPermittedException;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.workorder.DecisionChannel;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.MetaData;

/**
 * Who may give an owner's answer, and through which channel: an owner answers in person only through the
 * portal, and only for themselves; staff only record answers that came by phone or e-mail. Work orders and
 * invoice owner steps follow the same rule, so it lives here once, checked by the aggregates rather than
 * by the controllers that send their commands.
 */
public final class OwnerAnswers {

    public static final String NOT_THE_OWNER = "NOT_THE_OWNER";

    private OwnerAnswers() {
    }

    /**
     * Refuses an answer given through the wrong channel or for another owner.
     *
     * @param channel the channel the command names
     * @param ownerId the owner the command answers for
     */
    public static void requireFits(DecisionChannel channel, UUID ownerId, MetaData metaData) {
        Optional<UUID> actingOwner = CommandMetadata.actingOwner(metaData);
        if (actingOwner.isEmpty()) {
            if (channel == null || channel == DecisionChannel.PORTAL) {
                throw new InvalidValueException("channel", channel, "staff record an owner's answer as PHONE or EMAIL");
            }
            return;
        }
        if (channel != DecisionChannel.PORTAL || !actingOwner.get().equals(ownerId)) {
            throw new ActionNotPermittedException(NOT_THE_OWNER, "An owner answers only for themselves, in the "
                    + "owner portal", Map.of("ownerId", String.valueOf(ownerId)));
        }
    }
}
