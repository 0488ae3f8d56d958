package com.vivanta.ops.command.common;

import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.properties.FindOwnershipsQuery;
import com.vivanta.ops.api.properties.OwnershipView;
import com.vivanta.ops.api.workorder.OwnerApprovalLimit;
import com.vivanta.ops.platform.messaging.Futures;
import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Finds the approval limit that governs repairs at a property today. Several owners may hold a property:
 * all of them are asked, and the strictest limit among those who set one applies, since spending above
 * any owner's limit without that owner's consent breaks their management agreement. Limits set in
 * different currencies cannot be ranked, so then every cost needs the owners' consent.
 */
@Component
public class OwnerApprovalLimits {

    private final QueryGateway queryGateway;
    private final Clock clock;

    OwnerApprovalLimits(QueryGateway queryGateway, Clock clock) {
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    /** The governing limit, or null when the property is unknown, has no owners today or none set a limit. */
    public OwnerApprovalLimit forProperty(UUID organizationId, UUID propertyId) {
        if (propertyId == null) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        List<OwnershipView> current = Futures.join(queryGateway.query(
                        FindOwnershipsQuery.ofProperty(organizationId, propertyId),
                        ResponseTypes.multipleInstancesOf(OwnershipView.class)))
                .stream().filter(link -> link.ownership().activeOn(today)).toList();
        List<Money> limits = current.stream().map(link -> link.ownership().approvalLimit())
                                    .filter(Objects::nonNull).toList();
        if (limits.isEmpty()) {
            return null;
        }
        List<UUID> owners = current.stream().map(OwnershipView::ownerId).distinct().toList();
        boolean oneCurrency = limits.stream().map(Money::currency).distinct().count() == 1;
        // Limits in several currencies cannot be ranked without rates: a limit of nothing asks the owners always.
        Money strictest = oneCurrency ? limits.stream().min(Comparator.comparing(Money::amount)).orElseThrow()
                : new Money(BigDecimal.ZERO, limits.get(0).currency());
        return new OwnerApprovalLimit(strictest, owners);
    }
}
