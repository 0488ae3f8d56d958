package com.vivanta.ops.command.organization;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.common.DuplicateException;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.organization.ChangeSlaPolicyCommand;
import com.vivanta.ops.api.organization.CreateOrganizationCommand;
import com.vivanta.ops.api.organization.OrganizationCreatedEvent;
import com.vivanta.ops.api.organization.OrganizationSlaPolicyChangedEvent;
import com.vivanta.ops.api.organization.SlaPolicy;
import com.vivanta.ops.api.organization.WellKnownOrganizations;
import com.vivanta.ops.command.common.UniqueKey;
import com.vivanta.ops.command.common.UniqueKeys;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrganizationTest {

    private final UUID organizationId = UUID.randomUUID();
    private final Map<String, Object> asMember = Map.of(MessageMetadata.ORGANIZATION_ID, organizationId.toString(),
                                                        MessageMetadata.USER_ID, "admin");
    private final OrganizationCreatedEvent created = new OrganizationCreatedEvent(organizationId, "Acme", "acme");
    private AggregateTestFixture<Organization> fixture;
    private UniqueKeys uniqueKeys;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organization.class);
        uniqueKeys = mock(UniqueKeys.class);
        fixture.registerInjectableResource(uniqueKeys);
    }

    @Test
    void anOrganizationIsCreatedUnderASlugUniqueOnThePlatform() {
        fixture.givenNoPriorActivity()
               .when(new CreateOrganizationCommand(organizationId, "Acme Lettings", "Acme"))
               .expectEvents(new OrganizationCreatedEvent(organizationId, "Acme Lettings", "acme"));
        verify(uniqueKeys).claim(UniqueKey.within(WellKnownOrganizations.PLATFORM, "organization-slug", "acme", "slug"),
                                 organizationId);
    }

    @Test
    void aTakenSlugIsRefused() {
        doThrow(new DuplicateException("slug", "acme")).when(uniqueKeys).claim(any(), eq(organizationId));
        fixture.givenNoPriorActivity()
               .when(new CreateOrganizationCommand(organizationId, "Acme Again", "acme"))
               .expectException(DuplicateException.class)
               .expectNoEvents();
    }

    @Test
    void anOrganizationSetsItsOwnSlaTargets() {
        Map<CasePriority, Duration> targets = targets(Duration.ofHours(2), Duration.ofHours(8), Duration.ofDays(2),
                                                      Duration.ofDays(14));
        fixture.given(created)
               .when(new ChangeSlaPolicyCommand(organizationId, targets), asMember)
               .expectEvents(new OrganizationSlaPolicyChangedEvent(organizationId, targets));
    }

    @Test
    void theDefaultValuesSetExplicitlyBecomeTheOrganizationsOwn() {
        fixture.given(created)
               .when(new ChangeSlaPolicyCommand(organizationId, SlaPolicy.DEFAULT.resolutionTargets()), asMember)
               .expectEvents(new OrganizationSlaPolicyChangedEvent(organizationId,
                                                                   SlaPolicy.DEFAULT.resolutionTargets()));
    }

    @Test
    void settingTheTargetsItAlreadyHasChangesNothing() {
        Map<CasePriority, Duration> targets = targets(Duration.ofHours(2), Duration.ofHours(8), Duration.ofDays(2),
                                                      Duration.ofDays(14));
        fixture.given(created, new OrganizationSlaPolicyChangedEvent(organizationId, targets))
               .when(new ChangeSlaPolicyCommand(organizationId, new EnumMap<>(targets)), asMember)
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        Map<CasePriority, Duration> targets = targets(SlaPolicy.SHORTEST_TARGET, Duration.ofHours(1),
                                                      Duration.ofDays(30), SlaPolicy.LONGEST_TARGET);
        fixture.given(created)
               .when(new ChangeSlaPolicyCommand(organizationId, targets), asMember)
               .expectEvents(new OrganizationSlaPolicyChangedEvent(organizationId, targets));
    }

    @Test
    void everyPriorityNeedsATarget() {
        Map<CasePriority, Duration> targets = new EnumMap<>(SlaPolicy.DEFAULT.resolutionTargets());
        targets.remove(CasePriority.HIGH);
        fixture.given(created)
               .when(new ChangeSlaPolicyCommand(organizationId, targets), asMember)
               .expectException(InvalidValueException.class)
               .expectExceptionMessage("resolutionTargets.HIGH: is required")
               .expectNoEvents();
    }

    @Test
    void aTargetBelowAMinuteOrBeyondAYearIsRefused() {
        for (Duration outOfBounds : new Duration[] {Duration.ofSeconds(59), Duration.ZERO, Duration.ofHours(-4),
                Duration.ofDays(365).plusSeconds(1)}) {
            fixture.given(created)
                   .when(new ChangeSlaPolicyCommand(organizationId, targets(Duration.ofHours(4), Duration.ofHours(24),
                                                                            Duration.ofHours(72), outOfBounds)),
                         asMember)
                   .expectException(InvalidValueException.class)
                   .expectExceptionMessage("resolutionTargets.LOW: must lie between 1 minute and 365 days")
                   .expectNoEvents();
        }
    }

    @Test
    void anotherOrganizationsMemberFindsNoOrganization() {
        fixture.given(created)
               .when(new ChangeSlaPolicyCommand(organizationId, SlaPolicy.DEFAULT.resolutionTargets()),
                     Map.of(MessageMetadata.ORGANIZATION_ID, UUID.randomUUID().toString(),
                            MessageMetadata.USER_ID, "intruder"))
               .expectException(NotFoundException.class)
               .expectNoEvents();
    }

    private static Map<CasePriority, Duration> targets(Duration urgent, Duration high, Duration normal, Duration low) {
        return Map.of(CasePriority.URGENT, urgent, CasePriority.HIGH, high, CasePriority.NORMAL, normal,
                      CasePriority.LOW, low);
    }
}
