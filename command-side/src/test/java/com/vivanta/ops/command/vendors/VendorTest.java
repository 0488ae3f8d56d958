package com.vivanta.ops.command.vendors;

import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.vendors.RegisterVendorCommand;
import com.vivanta.ops.api.vendors.ReviseVendorCommand;
import com.vivanta.ops.api.vendors.VendorComplianceUpdatedEvent;
import com.vivanta.ops.api.vendors.VendorDetailsRevisedEvent;
import com.vivanta.ops.api.vendors.VendorRegisteredEvent;
import com.vivanta.ops.api.vendors.VendorStatus;
import com.vivanta.ops.api.vendors.VendorStatusChangedEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VendorTest {

    private static final UUID ORG = UUID.randomUUID();
    private static final UUID OTHER_ORG = UUID.randomUUID();
    private static final String ACTOR = UUID.randomUUID().toString();
    private static final Map<String, Object> AS_MEMBER = Map.of(MessageMetadata.ORGANIZATION_ID, ORG.toString(),
                                                                MessageMetadata.USER_ID, ACTOR);
    private static final Map<String, Object> AS_OUTSIDER = Map.of(MessageMetadata.ORGANIZATION_ID,
                                                                  OTHER_ORG.toString(),
                                                                  MessageMetadata.USER_ID, ACTOR);
    private static final LocalDate INSURED_UNTIL = LocalDate.of(2027, 6, 30);
    private static final LocalDate LICENSED_UNTIL = LocalDate.of(2028, 1, 31);

    private final UUID vendorId = UUID.randomUUID();
    private AggregateTestFixture<Vendor> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Vendor.class);
    }

    private VendorRegisteredEvent registered() {
        return new VendorRegisteredEvent(vendorId, ORG, "Acme Plumbing", "contractor", "ops@acme.test", "+1 555 0100",
                                         "plumbing", List.of("North", "Downtown"), "12-3456789", VendorStatus.ACTIVE,
                                         INSURED_UNTIL, LICENSED_UNTIL, true);
    }

    /** A revision that asks for nothing. */
    private ReviseVendorCommand nothing() {
        return new ReviseVendorCommand(vendorId, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Nested
    class Registering {

        @Test
        void registersWithEveryValueAndTheSendersOrganization() {
            fixture.givenNoPriorActivity()
                   .when(new RegisterVendorCommand(vendorId, "Acme Plumbing", "contractor", "ops@acme.test",
                                                   "+1 555 0100", "plumbing", List.of("North", "Downtown"),
                                                   "12-3456789", VendorStatus.SUSPENDED, INSURED_UNTIL,
                                                   LICENSED_UNTIL, true), AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(new VendorRegisteredEvent(vendorId, ORG, "Acme Plumbing", "contractor",
                                                           "ops@acme.test", "+1 555 0100", "plumbing",
                                                           List.of("North", "Downtown"), "12-3456789",
                                                           VendorStatus.SUSPENDED, INSURED_UNTIL, LICENSED_UNTIL,
                                                           true));
        }

        @Test
        void defaultsToActiveWithoutW9DocumentsOrRegions() {
            fixture.givenNoPriorActivity()
                   .when(new RegisterVendorCommand(vendorId, "Solo Handyman", null, null, null, null, null, null,
                                                   null, null, null, null), AS_MEMBER)
                   .expectEvents(new VendorRegisteredEvent(vendorId, ORG, "Solo Handyman", null, null, null, null,
                                                           List.of(), null, VendorStatus.ACTIVE, null, null,
                                                           false));
        }

        @Test
        void lowerCasesTheEmailAndTidiesTheRegions() {
            fixture.givenNoPriorActivity()
                   .when(new RegisterVendorCommand(vendorId, "Acme", null, "Ops@ACME.test", null, null,
                                                   List.of(" North ", "Downtown", "north", "DOWNTOWN "), null, null,
                                                   null, null, false), AS_MEMBER)
                   .expectEvents(new VendorRegisteredEvent(vendorId, ORG, "Acme", null, "ops@acme.test", null,
                                                           null, List.of("North", "Downtown"), null,
                                                           VendorStatus.ACTIVE, null, null, false));
        }
    }

    @Nested
    class Revising {

        @Test
        void recordsOnlyTheDetailsWhenOnlyDetailsChange() {
            fixture.given(registered())
                   .when(new ReviseVendorCommand(vendorId, "Acme Plumbing & Heating", null, null, null, null, null,
                                                 null, null, null, null, null), AS_MEMBER)
                   .expectEvents(new VendorDetailsRevisedEvent(vendorId, "Acme Plumbing & Heating", "contractor",
                                                               "ops@acme.test", "+1 555 0100", "plumbing",
                                                               List.of("North", "Downtown"), "12-3456789"));
        }

        @Test
        void recordsNothingWhenNothingIsAsked() {
            fixture.given(registered())
                   .when(nothing(), AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void recordsNothingWhenEveryValueIsAlreadySo() {
            fixture.given(registered())
                   .when(new ReviseVendorCommand(vendorId, "Acme Plumbing", Optional.of("contractor"),
                                                 Optional.of("OPS@acme.test"), Optional.of("+1 555 0100"),
                                                 Optional.of("plumbing"), List.of("North", " Downtown"),
                                                 Optional.of("12-3456789"), VendorStatus.ACTIVE,
                                                 Optional.of(INSURED_UNTIL), Optional.of(LICENSED_UNTIL), true),
                         AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void clearsFieldsGivenAsEmpty() {
            fixture.given(registered())
                   .when(new ReviseVendorCommand(vendorId, null, Optional.empty(), Optional.empty(), Optional.empty(),
                                                 Optional.empty(), List.of(), Optional.empty(), null, null, null,
                                                 null), AS_MEMBER)
                   .expectEvents(new VendorDetailsRevisedEvent(vendorId, "Acme Plumbing", null, null, null, null,
                                                               List.of(), null));
        }

        @Test
        void lowerCasesARevisedEmail() {
            fixture.given(registered())
                   .when(new ReviseVendorCommand(vendorId, null, null, Optional.of("Billing@Acme.TEST"), null, null,
                                                 null, null, null, null, null, null), AS_MEMBER)
                   .expectEvents(new VendorDetailsRevisedEvent(vendorId, "Acme Plumbing", "contractor",
                                                               "billing@acme.test", "+1 555 0100", "plumbing",
                                                               List.of("North", "Downtown"), "12-3456789"));
        }

        @Test
        void replacesTheServiceRegions() {
            fixture.given(registered())
                   .when(new ReviseVendorCommand(vendorId, null, null, null, null, null, List.of("Harbour", "North"),
                                                 null, null, null, null, null), AS_MEMBER)
                   .expectEvents(new VendorDetailsRevisedEvent(vendorId, "Acme Plumbing", "contractor",
                                                               "ops@acme.test", "+1 555 0100", "plumbing",
                                                               List.of("Harbour", "North"), "12-3456789"));
        }

        @Test
        void changesTheStatusAndKeepsThePreviousOne() {
            fixture.given(registered())
                   .when(new ReviseVendorCommand(vendorId, null, null, null, null, null, null, null,
                                                 VendorStatus.SUSPENDED, null, null, null), AS_MEMBER)
                   .expectEvents(new VendorStatusChangedEvent(vendorId, VendorStatus.ACTIVE, VendorStatus.SUSPENDED));
        }

        @Test
        void theSameStatusAgainRecordsNothing() {
            fixture.given(registered(),
                          new VendorStatusChangedEvent(vendorId, VendorStatus.ACTIVE, VendorStatus.INACTIVE))
                   .when(new ReviseVendorCommand(vendorId, null, null, null, null, null, null, null,
                                                 VendorStatus.INACTIVE, null, null, null), AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void updatesComplianceWithAllThreeValuesAsTheyNowAre() {
            LocalDate renewed = INSURED_UNTIL.plusYears(1);
            fixture.given(registered())
                   .when(new ReviseVendorCommand(vendorId, null, null, null, null, null, null, null, null,
                                                 Optional.of(renewed), null, null), AS_MEMBER)
                   .expectEvents(new VendorComplianceUpdatedEvent(vendorId, renewed, LICENSED_UNTIL, true));
        }

        @Test
        void clearsComplianceDatesAndTheW9() {
            fixture.given(registered())
                   .when(new ReviseVendorCommand(vendorId, null, null, null, null, null, null, null, null,
                                                 Optional.empty(), Optional.empty(), false), AS_MEMBER)
                   .expectEvents(new VendorComplianceUpdatedEvent(vendorId, null, null, false));
        }

        @Test
        void recordsOneEventPerKindOfChangeInAFixedOrder() {
            fixture.given(registered())
                   .when(new ReviseVendorCommand(vendorId, null, null, null, Optional.empty(), null, null, null,
                                                 VendorStatus.INACTIVE, null, null, false), AS_MEMBER)
                   .expectEvents(new VendorDetailsRevisedEvent(vendorId, "Acme Plumbing", "contractor",
                                                               "ops@acme.test", null, "plumbing",
                                                               List.of("North", "Downtown"), "12-3456789"),
                                 new VendorStatusChangedEvent(vendorId, VendorStatus.ACTIVE, VendorStatus.INACTIVE),
                                 new VendorComplianceUpdatedEvent(vendorId, INSURED_UNTIL, LICENSED_UNTIL, false));
        }

        @Test
        void laterRevisionsSeeEarlierOnes() {
            fixture.given(registered(),
                          new VendorDetailsRevisedEvent(vendorId, "Acme", null, null, null, null, List.of(), null),
                          new VendorComplianceUpdatedEvent(vendorId, null, null, false))
                   .when(new ReviseVendorCommand(vendorId, "Acme", Optional.empty(), null, null, null, List.of(),
                                                 null, null, Optional.empty(), null, false), AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }
    }

    @Nested
    class Tenancy {

        @Test
        void anotherOrganizationCannotSeeTheVendor() {
            fixture.given(registered())
                   .when(new ReviseVendorCommand(vendorId, "Hijacked", null, null, null, null, null, null, null, null,
                                                 null, null), AS_OUTSIDER)
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
        }

        @Test
        void anotherOrganizationLearnsNothingEvenFromAnEmptyRevision() {
            fixture.given(registered())
                   .when(nothing(), AS_OUTSIDER)
                   .expectException(NotFoundException.class)
                   .expectExceptionMessage("Vendor " + vendorId + " was not found");
        }

        @Test
        void aCommandWithoutOrganizationIsNotLetThrough() {
            fixture.given(registered())
                   .when(nothing())
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
        }
    }
}
