package com.vivanta.ops.command.organization;

import com.vivanta.ops.api.organization.CreateOrganizationCommand;
import com.vivanta.ops.api.organization.OrganizationCreatedEvent;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class OrganizationTest {

    @Test
    void anOrganizationIsCreatedWithItsNameAndSlug() {
        UUID organizationId = UUID.randomUUID();
        new AggregateTestFixture<>(Organization.class)
                .givenNoPriorActivity()
                .when(new CreateOrganizationCommand(organizationId, "Acme Lettings", "acme"))
                .expectEvents(new OrganizationCreatedEvent(organizationId, "Acme Lettings", "acme"));
    }
}
