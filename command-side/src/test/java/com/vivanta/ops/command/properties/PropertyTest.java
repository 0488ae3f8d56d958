package com.vivanta.ops.command.properties;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.vivanta.ops.api.common.DuplicateException;
import com.vivanta.ops.api.common.InvalidReferenceException;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.common.RuleViolationException;
import com.vivanta.ops.api.properties.AddBuildingCommand;
import com.vivanta.ops.api.properties.AddUnitCommand;
import com.vivanta.ops.api.properties.Address;
import com.vivanta.ops.api.properties.ArchivePropertyCommand;
import com.vivanta.ops.api.properties.BuildingAddedEvent;
import com.vivanta.ops.api.properties.BuildingRevisedEvent;
import com.vivanta.ops.api.properties.LinkOwnerCommand;
import com.vivanta.ops.api.properties.OccupancyStatus;
import com.vivanta.ops.api.properties.OwnerLinkedEvent;
import com.vivanta.ops.api.properties.OwnerUnlinkedEvent;
import com.vivanta.ops.api.properties.Ownership;
import com.vivanta.ops.api.properties.OwnershipRevisedEvent;
import com.vivanta.ops.api.properties.PropertyArchivedEvent;
import com.vivanta.ops.api.properties.PropertyDetailsRevisedEvent;
import com.vivanta.ops.api.properties.PropertyManagerChangedEvent;
import com.vivanta.ops.api.properties.PropertyRegisteredEvent;
import com.vivanta.ops.api.properties.PropertyStatus;
import com.vivanta.ops.api.properties.PropertyStatusChangedEvent;
import com.vivanta.ops.api.properties.PropertyType;
import com.vivanta.ops.api.properties.RegisterPropertyCommand;
import com.vivanta.ops.api.properties.ReviseBuildingCommand;
import com.vivanta.ops.api.properties.ReviseOwnershipCommand;
import com.vivanta.ops.api.properties.RevisePropertyCommand;
import com.vivanta.ops.api.properties.ReviseUnitCommand;
import com.vivanta.ops.api.properties.UnitAddedEvent;
import com.vivanta.ops.api.properties.UnitDetails;
import com.vivanta.ops.api.properties.UnitRevisedEvent;
import com.vivanta.ops.api.properties.UnlinkOwnerCommand;
import com.vivanta.ops.command.common.UniqueKey;
import com.vivanta.ops.command.common.UniqueKeys;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PropertyTest {

    private static final UUID ORG = UUID.randomUUID();
    private static final Map<String, Object> AS_MEMBER = Map.of(MessageMetadata.ORGANIZATION_ID, ORG.toString(),
                                                                MessageMetadata.USER_ID, "someone");

    private final UUID propertyId = UUID.randomUUID();
    private final Address address = new Address("1 Main St", "Springfield", "12345", "US");
    private AggregateTestFixture<Property> fixture;
    private UniqueKeys uniqueKeys;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Property.class);
        uniqueKeys = mock(UniqueKeys.class);
        fixture.registerInjectableResource(uniqueKeys);
    }

    private PropertyRegisteredEvent registered() {
        return new PropertyRegisteredEvent(propertyId, ORG, "SPR-1", "Springfield Court", address,
                                           PropertyType.RESIDENTIAL, PropertyStatus.ACTIVE, null);
    }

    private static UniqueKey code(String value) {
        return UniqueKey.within(ORG, "property-code", value, "propertyCode");
    }

    private static Ownership share(String percentage, String start, String end) {
        return new Ownership(percentage == null ? null : new BigDecimal(percentage),
                             start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                             false, null);
    }

    @Nested
    class Registering {

        @Test
        void registersActiveAndClaimsTheCode() {
            fixture.givenNoPriorActivity()
                   .when(new RegisterPropertyCommand(propertyId, " SPR-1 ", "Springfield Court", address,
                                                     PropertyType.RESIDENTIAL, null, null), AS_MEMBER)
                   .expectEvents(registered());
            verify(uniqueKeys).claim(code("SPR-1"), propertyId);
        }

        @Test
        void refusesATakenCode() {
            doThrow(new DuplicateException("propertyCode", "spr-1")).when(uniqueKeys).claim(any(), eq(propertyId));
            fixture.givenNoPriorActivity()
                   .when(new RegisterPropertyCommand(propertyId, "SPR-1", "Other", address, PropertyType.COMMERCIAL,
                                                     null, null), AS_MEMBER)
                   .expectException(DuplicateException.class)
                   .expectNoEvents();
        }

        @Test
        void refusesToRegisterAsArchived() {
            fixture.givenNoPriorActivity()
                   .when(new RegisterPropertyCommand(propertyId, "SPR-1", "Springfield Court", address,
                                                     PropertyType.RESIDENTIAL, PropertyStatus.ARCHIVED, null),
                         AS_MEMBER)
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class Revising {

        @Test
        void recordsOnlyWhatChangedAndMovesTheCodeClaim() {
            UUID manager = UUID.randomUUID();
            fixture.given(registered())
                   .when(new RevisePropertyCommand(propertyId, "SPR-2", null, null, Optional.of("Shelbyville"), null,
                                                   null, null, PropertyStatus.INACTIVE, Optional.of(manager)),
                         AS_MEMBER)
                   .expectEvents(new PropertyDetailsRevisedEvent(propertyId, "SPR-2", "Springfield Court",
                                                                 new Address("1 Main St", "Shelbyville", "12345", "US"),
                                                                 PropertyType.RESIDENTIAL),
                                 new PropertyStatusChangedEvent(propertyId, PropertyStatus.ACTIVE,
                                                                PropertyStatus.INACTIVE),
                                 new PropertyManagerChangedEvent(propertyId, manager));
            verify(uniqueKeys).change(code("SPR-1"), code("SPR-2"), propertyId);
        }

        @Test
        void recordsNothingWhenNothingChanges() {
            fixture.given(registered())
                   .when(new RevisePropertyCommand(propertyId, "SPR-1", "Springfield Court", Optional.of("1 Main St"),
                                                   null, null, null, PropertyType.RESIDENTIAL, PropertyStatus.ACTIVE,
                                                   Optional.empty()), AS_MEMBER)
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void archivesAndThenRefusesEveryChange() {
            fixture.given(registered())
                   .when(new ArchivePropertyCommand(propertyId, "Sold"), AS_MEMBER)
                   .expectEvents(new PropertyArchivedEvent(propertyId, PropertyStatus.ACTIVE, "Sold"));
            fixture.given(registered(), new PropertyArchivedEvent(propertyId, PropertyStatus.ACTIVE, "Sold"))
                   .when(new AddBuildingCommand(propertyId, UUID.randomUUID(), "B", "B"), AS_MEMBER)
                   .expectException(RuleViolationException.class)
                   .expectExceptionMessage("The property is archived and can no longer be changed");
            fixture.given(registered(), new PropertyArchivedEvent(propertyId, PropertyStatus.ACTIVE, "Sold"))
                   .when(new ArchivePropertyCommand(propertyId, null), AS_MEMBER)
                   .expectException(RuleViolationException.class);
        }

        @Test
        void statusArchivedIsOnlyReachableThroughTheArchiveAction() {
            fixture.given(registered())
                   .when(new RevisePropertyCommand(propertyId, null, null, null, null, null, null, null,
                                                   PropertyStatus.ARCHIVED, null), AS_MEMBER)
                   .expectException(InvalidValueException.class)
                   .expectNoEvents();
        }

        @Test
        void anotherOrganizationCannotSeeTheProperty() {
            fixture.given(registered())
                   .when(new ArchivePropertyCommand(propertyId, null),
                         Map.of(MessageMetadata.ORGANIZATION_ID, UUID.randomUUID().toString(),
                                MessageMetadata.USER_ID, "outsider"))
                   .expectException(NotFoundException.class)
                   .expectNoEvents();
        }
    }

    @Nested
    class BuildingsAndUnits {

        private final UUID building = UUID.randomUUID();
        private final UUID otherBuilding = UUID.randomUUID();
        private final UUID unit = UUID.randomUUID();

        private UnitDetails details(UUID buildingId, OccupancyStatus occupancy) {
            return new UnitDetails(buildingId, "2", "2BR", new BigDecimal("64.50"), 2, new BigDecimal("1.5"),
                                   occupancy);
        }

        @Test
        void addsBuildingsWithCodesUniqueWithinTheProperty() {
            fixture.given(registered())
                   .when(new AddBuildingCommand(propertyId, building, "North", " N "), AS_MEMBER)
                   .expectEvents(new BuildingAddedEvent(propertyId, building, "North", "N"));
            fixture.given(registered(), new BuildingAddedEvent(propertyId, building, "North", "N"))
                   .when(new AddBuildingCommand(propertyId, otherBuilding, "Also north", "n"), AS_MEMBER)
                   .expectException(DuplicateException.class)
                   .expectNoEvents();
        }

        @Test
        void revisesABuildingAndRefusesAnUnknownOne() {
            fixture.given(registered(), new BuildingAddedEvent(propertyId, building, "North", "N"))
                   .when(new ReviseBuildingCommand(propertyId, building, Optional.of("North wing"), null), AS_MEMBER)
                   .expectEvents(new BuildingRevisedEvent(propertyId, building, "North wing", "N"));
            fixture.given(registered())
                   .when(new ReviseBuildingCommand(propertyId, building, Optional.of("Ghost"), null), AS_MEMBER)
                   .expectException(NotFoundException.class);
        }

        @Test
        void addsAVacantUnitInOneOfItsOwnBuildings() {
            fixture.given(registered(), new BuildingAddedEvent(propertyId, building, "North", "N"))
                   .when(new AddUnitCommand(propertyId, unit, " 2A ", details(building, null)), AS_MEMBER)
                   .expectEvents(new UnitAddedEvent(propertyId, unit, "2A", details(building, OccupancyStatus.VACANT)));
        }

        @Test
        void refusesABuildingOfAnotherProperty() {
            fixture.given(registered())
                   .when(new AddUnitCommand(propertyId, unit, "2A", details(otherBuilding, null)), AS_MEMBER)
                   .expectException(InvalidReferenceException.class)
                   .expectNoEvents();
        }

        @Test
        void unitNumbersAreUniqueWithinTheProperty() {
            fixture.given(registered(), new UnitAddedEvent(propertyId, unit, "2A", details(null, OccupancyStatus.VACANT)))
                   .when(new AddUnitCommand(propertyId, UUID.randomUUID(), "2a", details(null, null)), AS_MEMBER)
                   .expectException(DuplicateException.class)
                   .expectNoEvents();
        }

        @Test
        void revisesAUnitKeepingWhatIsNotMentioned() {
            fixture.given(registered(), new BuildingAddedEvent(propertyId, building, "North", "N"),
                          new UnitAddedEvent(propertyId, unit, "2A", details(building, OccupancyStatus.VACANT)))
                   .when(new ReviseUnitCommand(propertyId, unit, null, Optional.empty(), null, null, null, Optional.of(3),
                                               null, OccupancyStatus.OCCUPIED), AS_MEMBER)
                   .expectEvents(new UnitRevisedEvent(propertyId, unit, "2A", new UnitDetails(
                           null, "2", "2BR", new BigDecimal("64.50"), 3, new BigDecimal("1.5"),
                           OccupancyStatus.OCCUPIED)));
        }

        @Test
        void refusesAnUnknownUnit() {
            fixture.given(registered())
                   .when(new ReviseUnitCommand(propertyId, unit, "9Z", null, null, null, null, null, null, null),
                         AS_MEMBER)
                   .expectException(NotFoundException.class);
        }
    }

    @Nested
    class Owners {

        private final UUID alice = UUID.randomUUID();
        private final UUID bob = UUID.randomUUID();

        @Test
        void linksAnOwnerOnce() {
            Ownership terms = new Ownership(new BigDecimal("60"), LocalDate.parse("2024-01-01"), null, true,
                                            Money.of("500.00", "USD"));
            fixture.given(registered())
                   .when(new LinkOwnerCommand(propertyId, alice, terms), AS_MEMBER)
                   .expectEvents(new OwnerLinkedEvent(propertyId, alice, terms));
            fixture.given(registered(), new OwnerLinkedEvent(propertyId, alice, terms))
                   .when(new LinkOwnerCommand(propertyId, alice, terms), AS_MEMBER)
                   .expectException(DuplicateException.class);
        }

        @Test
        void sharesRunningAtTheSameTimeNeverExceedTheWhole() {
            fixture.given(registered(), new OwnerLinkedEvent(propertyId, alice, share("60", "2024-01-01", null)))
                   .when(new LinkOwnerCommand(propertyId, bob, share("50", "2025-06-01", null)), AS_MEMBER)
                   .expectException(RuleViolationException.class)
                   .expectExceptionMessage("Owners would hold 110% of the property on 2025-06-01")
                   .expectNoEvents();
        }

        @Test
        void anOpenStartedShareCountsFromTheBeginning() {
            fixture.given(registered(), new OwnerLinkedEvent(propertyId, alice, share("60", null, "2024-12-31")))
                   .when(new LinkOwnerCommand(propertyId, bob, share("50", null, null)), AS_MEMBER)
                   .expectException(RuleViolationException.class)
                   .expectNoEvents();
        }

        @Test
        void sharesThatFollowEachOtherMayEachBeWhole() {
            fixture.given(registered(), new OwnerLinkedEvent(propertyId, alice, share("100", "2020-01-01", "2024-12-31")))
                   .when(new LinkOwnerCommand(propertyId, bob, share("100", "2025-01-01", null)), AS_MEMBER)
                   .expectEvents(new OwnerLinkedEvent(propertyId, bob, share("100", "2025-01-01", null)));
        }

        @Test
        void refusesImpossibleTerms() {
            fixture.given(registered())
                   .when(new LinkOwnerCommand(propertyId, bob, share("100.5", null, null)), AS_MEMBER)
                   .expectException(InvalidValueException.class);
            fixture.given(registered())
                   .when(new LinkOwnerCommand(propertyId, bob, share("10", "2025-01-02", "2025-01-01")), AS_MEMBER)
                   .expectException(InvalidValueException.class);
            fixture.given(registered())
                   .when(new LinkOwnerCommand(propertyId, bob, new Ownership(null, null, null, false,
                                                                             Money.of("-1", "USD"))), AS_MEMBER)
                   .expectException(InvalidValueException.class);
        }

        @Test
        void revisesTermsWithinTheWhole() {
            fixture.given(registered(), new OwnerLinkedEvent(propertyId, alice, share("60", null, null)),
                          new OwnerLinkedEvent(propertyId, bob, share("40", null, null)))
                   .when(new ReviseOwnershipCommand(propertyId, bob, Optional.of(new BigDecimal("41")), null, null, null,
                                                    null), AS_MEMBER)
                   .expectException(RuleViolationException.class);
            fixture.given(registered(), new OwnerLinkedEvent(propertyId, alice, share("60", null, null)),
                          new OwnerLinkedEvent(propertyId, bob, share("40", null, null)))
                   .when(new ReviseOwnershipCommand(propertyId, alice, null, null,
                                                    Optional.of(LocalDate.parse("2025-12-31")), true,
                                                    Optional.of(Money.of("750", "USD"))), AS_MEMBER)
                   .expectEvents(new OwnershipRevisedEvent(propertyId, alice, new Ownership(
                           new BigDecimal("60"), null, LocalDate.parse("2025-12-31"), true, Money.of("750", "USD"))));
        }

        @Test
        void unlinksAnExistingOwnershipOnly() {
            fixture.given(registered(), new OwnerLinkedEvent(propertyId, alice, share("60", null, null)))
                   .when(new UnlinkOwnerCommand(propertyId, alice), AS_MEMBER)
                   .expectEvents(new OwnerUnlinkedEvent(propertyId, alice));
            fixture.given(registered())
                   .when(new UnlinkOwnerCommand(propertyId, alice), AS_MEMBER)
                   .expectException(NotFoundException.class);
        }
    }
}
