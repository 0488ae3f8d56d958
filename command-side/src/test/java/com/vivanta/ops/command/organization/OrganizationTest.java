package com.vivanta.ops.command.organization;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.vivanta.ops.api.common.DuplicateException;
import com.vivanta.ops.api.organization.CreateOrganizationCommand;
import com.vivanta.ops.api.organization.OrganizationCreatedEvent;
import com.vivanta.ops.api.organization.WellKnownOrganizations;
import com.vivanta.ops.command.common.UniqueKey;
import com.vivanta.ops.command.common.UniqueKeys;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrganizationTest {

    private final UUID organizationId = UUID.randomUUID();
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
}
