package com.vivanta.ops.command.properties;

import static com.vivanta.ops.command.common.Patching.choose;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.vivanta.ops.api.common.DuplicateException;
import com.vivanta.ops.api.common.InvalidReferenceException;
import com.vivanta.ops.api.common.InvalidValueException;
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
import com.vivanta.ops.command.common.CommandMetadata;
import com.vivanta.ops.command.common.OrganizationOwnedAggregate;
import com.vivanta.ops.command.common.UniqueKey;
import com.vivanta.ops.command.common.UniqueKeys;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A property of the portfolio with its buildings, units and owners. Buildings, units and ownerships
 * live inside the property because their rules are the property's: a unit number is unique within it,
 * a unit's building is one of its own, and the owners' shares never add up to more than 100% at any time.
 */
@Aggregate
class Property extends OrganizationOwnedAggregate {

    static final String ARCHIVED = "PROPERTY_ARCHIVED";

    @AggregateIdentifier
    private UUID propertyId;
    private String propertyCode;
    private String name;
    private Address address;
    private PropertyType propertyType;
    private PropertyStatus status;
    private UUID managerUserId;
    private final Map<UUID, Building> buildings = new HashMap<>();
    private final Map<UUID, Unit> units = new HashMap<>();
    private final Map<UUID, Ownership> ownerships = new HashMap<>();

    private record Building(String name, String code) {
    }

    private record Unit(String number, UnitDetails details) {
    }

    Property() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    Property(RegisterPropertyCommand command, MetaData metaData, UniqueKeys uniqueKeys) {
        PropertyStatus initialStatus = command.status() == null ? PropertyStatus.ACTIVE : command.status();
        requireNotArchivedByHand(initialStatus);
        UUID organization = CommandMetadata.organizationId(metaData);
        uniqueKeys.claim(codeKey(organization, command.propertyCode()), command.propertyId());
        apply(new PropertyRegisteredEvent(command.propertyId(), organization, command.propertyCode().trim(),
                                          command.name(), command.address() == null ? Address.NONE : command.address(),
                                          command.propertyType(), initialStatus, command.managerUserId()));
    }

    @CommandHandler
    void handle(RevisePropertyCommand command, UniqueKeys uniqueKeys) {
        requireNotArchived();
        String newCode = command.propertyCode() == null ? propertyCode : command.propertyCode().trim();
        String newName = command.name() == null ? name : command.name();
        Address newAddress = new Address(choose(command.street(), address.street()),
                                         choose(command.city(), address.city()),
                                         choose(command.postalCode(), address.postalCode()),
                                         choose(command.countryCode(), address.countryCode()));
        PropertyType newType = command.propertyType() == null ? propertyType : command.propertyType();
        if (!newCode.equals(propertyCode) || !newName.equals(name) || !newAddress.equals(address)
                || newType != propertyType) {
            uniqueKeys.change(codeKey(organizationId, propertyCode), codeKey(organizationId, newCode), propertyId);
            apply(new PropertyDetailsRevisedEvent(propertyId, newCode, newName, newAddress, newType));
        }
        if (command.status() != null && command.status() != status) {
            requireNotArchivedByHand(command.status());
            apply(new PropertyStatusChangedEvent(propertyId, status, command.status()));
        }
        UUID newManager = choose(command.managerUserId(), managerUserId);
        if (!Objects.equals(newManager, managerUserId)) {
            apply(new PropertyManagerChangedEvent(propertyId, newManager));
        }
    }

    @CommandHandler
    void handle(ArchivePropertyCommand command) {
        requireNotArchived();
        apply(new PropertyArchivedEvent(propertyId, status, command.reason()));
    }

    @CommandHandler
    void handle(AddBuildingCommand command) {
        requireNotArchived();
        if (buildings.containsKey(command.buildingId())) {
            throw new DuplicateException("buildingId", command.buildingId().toString());
        }
        requireBuildingCodeFree(command.buildingCode(), command.buildingId());
        apply(new BuildingAddedEvent(propertyId, command.buildingId(), command.name(),
                                     trimmed(command.buildingCode())));
    }

    @CommandHandler
    void handle(ReviseBuildingCommand command) {
        requireNotArchived();
        Building building = buildingOf(command.buildingId());
        String newName = choose(command.name(), building.name());
        String newCode = trimmed(choose(command.buildingCode(), building.code()));
        requireBuildingCodeFree(newCode, command.buildingId());
        if (!Objects.equals(newName, building.name()) || !Objects.equals(newCode, building.code())) {
            apply(new BuildingRevisedEvent(propertyId, command.buildingId(), newName, newCode));
        }
    }

    @CommandHandler
    void handle(AddUnitCommand command) {
        requireNotArchived();
        if (units.containsKey(command.unitId())) {
            throw new DuplicateException("unitId", command.unitId().toString());
        }
        String number = command.unitNumber().trim();
        requireUnitNumberFree(number, command.unitId());
        UnitDetails details = command.details();
        requireOwnBuilding(details.buildingId());
        if (details.occupancyStatus() == null) {
            details = new UnitDetails(details.buildingId(), details.floorLabel(), details.unitType(),
                                      details.squareMeters(), details.bedroomCount(), details.bathroomCount(),
                                      OccupancyStatus.VACANT);
        }
        apply(new UnitAddedEvent(propertyId, command.unitId(), number, details));
    }

    @CommandHandler
    void handle(ReviseUnitCommand command) {
        requireNotArchived();
        Unit unit = unitOf(command.unitId());
        UnitDetails current = unit.details();
        String number = command.unitNumber() == null ? unit.number() : command.unitNumber().trim();
        requireUnitNumberFree(number, command.unitId());
        UnitDetails revised = new UnitDetails(
                choose(command.buildingId(), current.buildingId()),
                choose(command.floorLabel(), current.floorLabel()),
                choose(command.unitType(), current.unitType()),
                choose(command.squareMeters(), current.squareMeters()),
                choose(command.bedroomCount(), current.bedroomCount()),
                choose(command.bathroomCount(), current.bathroomCount()),
                command.occupancyStatus() == null ? current.occupancyStatus() : command.occupancyStatus());
        requireOwnBuilding(revised.buildingId());
        if (!number.equals(unit.number()) || !revised.equals(current)) {
            apply(new UnitRevisedEvent(propertyId, command.unitId(), number, revised));
        }
    }

    @CommandHandler
    void handle(LinkOwnerCommand command) {
        requireNotArchived();
        if (ownerships.containsKey(command.ownerId())) {
            throw new DuplicateException("ownerId", command.ownerId().toString());
        }
        OwnershipRules.requireValid(command.ownership());
        OwnershipRules.requireSharesWithinWhole(command.ownerId(), command.ownership(), ownerships);
        apply(new OwnerLinkedEvent(propertyId, command.ownerId(), command.ownership()));
    }

    @CommandHandler
    void handle(ReviseOwnershipCommand command) {
        requireNotArchived();
        Ownership current = ownershipOf(command.ownerId());
        Ownership revised = new Ownership(choose(command.percentage(), current.percentage()),
                                          choose(command.startDate(), current.startDate()),
                                          choose(command.endDate(), current.endDate()),
                                          command.primaryContact() == null ? current.primaryContact()
                                                                           : command.primaryContact(),
                                          choose(command.approvalLimit(), current.approvalLimit()));
        if (revised.equals(current)) {
            return;
        }
        OwnershipRules.requireValid(revised);
        OwnershipRules.requireSharesWithinWhole(command.ownerId(), revised, ownerships);
        apply(new OwnershipRevisedEvent(propertyId, command.ownerId(), revised));
    }

    @CommandHandler
    void handle(UnlinkOwnerCommand command) {
        requireNotArchived();
        ownershipOf(command.ownerId());
        apply(new OwnerUnlinkedEvent(propertyId, command.ownerId()));
    }

    private static UniqueKey codeKey(UUID organization, String code) {
        return UniqueKey.within(organization, "property-code", code, "propertyCode");
    }

    private void requireNotArchived() {
        if (status == PropertyStatus.ARCHIVED) {
            throw new RuleViolationException(ARCHIVED, "The property is archived and can no longer be changed",
                                             Map.of("propertyId", propertyId.toString()));
        }
    }

    private static void requireNotArchivedByHand(PropertyStatus requested) {
        if (requested == PropertyStatus.ARCHIVED) {
            throw new InvalidValueException("status", requested, "archive a property with its archive action");
        }
    }

    private void requireBuildingCodeFree(String code, UUID buildingId) {
        String wanted = normalized(code);
        if (wanted != null && buildings.entrySet().stream()
                                       .anyMatch(other -> !other.getKey().equals(buildingId)
                                               && wanted.equals(normalized(other.getValue().code())))) {
            throw new DuplicateException("buildingCode", code.trim());
        }
    }

    private void requireUnitNumberFree(String number, UUID unitId) {
        String wanted = normalized(number);
        if (units.entrySet().stream().anyMatch(other -> !other.getKey().equals(unitId)
                && wanted.equals(normalized(other.getValue().number())))) {
            throw new DuplicateException("unitNumber", number);
        }
    }

    private void requireOwnBuilding(UUID buildingId) {
        if (buildingId != null && !buildings.containsKey(buildingId)) {
            throw new InvalidReferenceException("buildingId", buildingId, "no such building in this property");
        }
    }

    private Building buildingOf(UUID buildingId) {
        return Optional.ofNullable(buildings.get(buildingId))
                       .orElseThrow(() -> new NotFoundException("Building", buildingId));
    }

    private Unit unitOf(UUID unitId) {
        return Optional.ofNullable(units.get(unitId)).orElseThrow(() -> new NotFoundException("Unit", unitId));
    }

    private Ownership ownershipOf(UUID ownerId) {
        return Optional.ofNullable(ownerships.get(ownerId))
                       .orElseThrow(() -> new NotFoundException("Ownership", ownerId));
    }

    private static String normalized(String value) {
        return value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }


    @EventSourcingHandler
    void on(PropertyRegisteredEvent event) {
        propertyId = event.propertyId();
        organizationId = event.organizationId();
        propertyCode = event.propertyCode();
        name = event.name();
        address = event.address();
        propertyType = event.propertyType();
        status = event.status();
        managerUserId = event.managerUserId();
    }

    @EventSourcingHandler
    void on(PropertyDetailsRevisedEvent event) {
        propertyCode = event.propertyCode();
        name = event.name();
        address = event.address();
        propertyType = event.propertyType();
    }

    @EventSourcingHandler
    void on(PropertyStatusChangedEvent event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(PropertyManagerChangedEvent event) {
        managerUserId = event.managerUserId();
    }

    @EventSourcingHandler
    void on(PropertyArchivedEvent event) {
        status = PropertyStatus.ARCHIVED;
    }

    @EventSourcingHandler
    void on(BuildingAddedEvent event) {
        buildings.put(event.buildingId(), new Building(event.name(), event.buildingCode()));
    }

    @EventSourcingHandler
    void on(BuildingRevisedEvent event) {
        buildings.put(event.buildingId(), new Building(event.name(), event.buildingCode()));
    }

    @EventSourcingHandler
    void on(UnitAddedEvent event) {
        units.put(event.unitId(), new Unit(event.unitNumber(), event.details()));
    }

    @EventSourcingHandler
    void on(UnitRevisedEvent event) {
        units.put(event.unitId(), new Unit(event.unitNumber(), event.details()));
    }

    @EventSourcingHandler
    void on(OwnerLinkedEvent event) {
        ownerships.put(event.ownerId(), event.ownership());
    }

    @EventSourcingHandler
    void on(OwnershipRevisedEvent event) {
        ownerships.put(event.ownerId(), event.ownership());
    }

    @EventSourcingHandler
    void on(OwnerUnlinkedEvent event) {
        ownerships.remove(event.ownerId());
    }

    @Override
    protected String entityType() {
        return "Property";
    }

    @Override
    protected UUID id() {
        return propertyId;
    }
}
