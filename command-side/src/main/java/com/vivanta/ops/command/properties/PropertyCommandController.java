package com.vivanta.ops.command.properties;

import static com.vivanta.ops.command.common.Patching.changeOrNull;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.properties.AddBuildingCommand;
import com.vivanta.ops.api.properties.AddUnitCommand;
import com.vivanta.ops.api.properties.Address;
import com.vivanta.ops.api.properties.ArchivePropertyCommand;
import com.vivanta.ops.api.properties.BuildingView;
import com.vivanta.ops.api.properties.FindBuildingsQuery;
import com.vivanta.ops.api.properties.FindPropertyQuery;
import com.vivanta.ops.api.properties.FindUnitQuery;
import com.vivanta.ops.api.properties.OccupancyStatus;
import com.vivanta.ops.api.properties.PropertyStatus;
import com.vivanta.ops.api.properties.PropertyType;
import com.vivanta.ops.api.properties.PropertyView;
import com.vivanta.ops.api.properties.RegisterPropertyCommand;
import com.vivanta.ops.api.properties.ReviseBuildingCommand;
import com.vivanta.ops.api.properties.RevisePropertyCommand;
import com.vivanta.ops.api.properties.ReviseUnitCommand;
import com.vivanta.ops.api.properties.UnitDetails;
import com.vivanta.ops.api.properties.UnitView;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.command.common.References;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.NullOrNotBlank;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Changing the portfolio: properties, their buildings and units, and archiving. */
@RestController
@RequestMapping("/api/v1/properties")
@RequirePermissions(Permission.PROPERTY_WRITE)
class PropertyCommandController {

    private static final String COUNTRY = "[A-Za-z]{2}";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final ReadYourWrites readYourWrites;
    private final References references;

    PropertyCommandController(CommandGateway commandGateway, QueryGateway queryGateway, ReadYourWrites readYourWrites,
                              References references) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.readYourWrites = readYourWrites;
        this.references = references;
    }

    record RegisterPropertyRequest(@NotBlank @Size(min = 2, max = 40) String propertyCode,
                                   @NotBlank @Size(min = 2, max = 200) String name,
                                   @Size(max = 200) String street,
                                   @Size(max = 100) String city,
                                   @Size(max = 20) String postalCode,
                                   @Pattern(regexp = COUNTRY, message = "must be a two-letter country code")
                                   String countryCode,
                                   PropertyStatus status,
                                   @NotNull PropertyType propertyType,
                                   UUID managerUserId) {
    }

    record RevisePropertyRequest(Optional<@NotBlank @Size(min = 2, max = 40) String> propertyCode,
                                 Optional<@NotBlank @Size(min = 2, max = 200) String> name,
                                 Optional<@Size(max = 200) String> street,
                                 Optional<@Size(max = 100) String> city,
                                 Optional<@Size(max = 20) String> postalCode,
                                 Optional<@Pattern(regexp = COUNTRY, message = "must be a two-letter country code")
                                          String> countryCode,
                                 Optional<@NotNull PropertyStatus> status,
                                 Optional<@NotNull PropertyType> propertyType,
                                 Optional<UUID> managerUserId) {
    }

    record ArchivePropertyRequest(@Size(max = 300) String reason) {
    }

    record AddBuildingRequest(@NotBlank @Size(max = 120) String name,
                              @NullOrNotBlank @Size(max = 40) String buildingCode) {
    }

    record ReviseBuildingRequest(Optional<@NotBlank @Size(max = 120) String> name,
                                 Optional<@NullOrNotBlank @Size(max = 40) String> buildingCode) {
    }

    record AddUnitRequest(@NotBlank @Size(max = 40) String unitNumber,
                          UUID buildingId,
                          @Size(max = 40) String floorLabel,
                          @Size(max = 80) String unitType,
                          @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal squareMeters,
                          @Min(0) Integer bedroomCount,
                          @DecimalMin("0") @Digits(integer = 4, fraction = 1) BigDecimal bathroomCount,
                          OccupancyStatus occupancyStatus) {
    }

    record ReviseUnitRequest(Optional<@NotBlank @Size(max = 40) String> unitNumber,
                             Optional<UUID> buildingId,
                             Optional<@Size(max = 40) String> floorLabel,
                             Optional<@Size(max = 80) String> unitType,
                             Optional<@DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal> squareMeters,
                             Optional<@Min(0) Integer> bedroomCount,
                             Optional<@DecimalMin("0") @Digits(integer = 4, fraction = 1) BigDecimal> bathroomCount,
                             Optional<@NotNull OccupancyStatus> occupancyStatus) {
    }

    @PostMapping
    ResponseEntity<ApiResponse<?>> register(@Valid @RequestBody RegisterPropertyRequest request) {
        UUID organizationId = organization();
        references.requireActiveUser(organizationId, request.managerUserId(), "managerUserId");
        UUID propertyId = UUID.randomUUID();
        commandGateway.sendAndWait(new RegisterPropertyCommand(
                propertyId, request.propertyCode(), request.name(),
                new Address(request.street(), request.city(), request.postalCode(), upper(request.countryCode())),
                request.propertyType(), request.status(), request.managerUserId()));
        return readYourWrites.created(propertyId, location(propertyId),
                                      new FindPropertyQuery(organizationId, propertyId), PropertyView.class);
    }

    @PatchMapping("/{propertyId}")
    ResponseEntity<ApiResponse<?>> revise(@PathVariable UUID propertyId,
                                          @Valid @RequestBody RevisePropertyRequest request) {
        if (request.managerUserId() != null) {
            references.requireActiveUser(organization(), request.managerUserId().orElse(null), "managerUserId");
        }
        commandGateway.sendAndWait(new RevisePropertyCommand(
                propertyId, changeOrNull(request.propertyCode()), changeOrNull(request.name()), request.street(),
                request.city(),
                request.postalCode(), request.countryCode() == null ? null : request.countryCode().map(this::upper),
                changeOrNull(request.propertyType()), changeOrNull(request.status()), request.managerUserId()));
        return readYourWrites.updated(propertyId, location(propertyId), propertyQuery(propertyId), PropertyView.class);
    }

    @PostMapping("/{propertyId}/archive")
    ResponseEntity<ApiResponse<?>> archive(@PathVariable UUID propertyId,
                                           @Valid @RequestBody(required = false) ArchivePropertyRequest request) {
        commandGateway.sendAndWait(new ArchivePropertyCommand(propertyId, request == null ? null : request.reason()));
        return readYourWrites.updated(propertyId, location(propertyId), propertyQuery(propertyId), PropertyView.class);
    }

    @PostMapping("/{propertyId}/buildings")
    ResponseEntity<ApiResponse<?>> addBuilding(@PathVariable UUID propertyId,
                                               @Valid @RequestBody AddBuildingRequest request) {
        UUID buildingId = UUID.randomUUID();
        commandGateway.sendAndWait(new AddBuildingCommand(propertyId, buildingId, request.name().trim(),
                                                          request.buildingCode()));
        return readYourWrites.respond(HttpStatus.CREATED, propertyId, URI.create(location(propertyId) + "/buildings"),
                                      propertyQuery(propertyId), PropertyView.class,
                                      view -> building(view, buildingId));
    }

    @PatchMapping("/{propertyId}/buildings/{buildingId}")
    ResponseEntity<ApiResponse<?>> reviseBuilding(@PathVariable UUID propertyId, @PathVariable UUID buildingId,
                                                  @Valid @RequestBody ReviseBuildingRequest request) {
        commandGateway.sendAndWait(new ReviseBuildingCommand(propertyId, buildingId, request.name(),
                                                             request.buildingCode()));
        return readYourWrites.respond(HttpStatus.OK, propertyId, URI.create(location(propertyId) + "/buildings"),
                                      propertyQuery(propertyId), PropertyView.class,
                                      view -> building(view, buildingId));
    }

    @PostMapping("/{propertyId}/units")
    ResponseEntity<ApiResponse<?>> addUnit(@PathVariable UUID propertyId, @Valid @RequestBody AddUnitRequest request) {
        UUID unitId = UUID.randomUUID();
        commandGateway.sendAndWait(new AddUnitCommand(propertyId, unitId, request.unitNumber(), new UnitDetails(
                request.buildingId(), request.floorLabel(), request.unitType(), request.squareMeters(),
                request.bedroomCount(), request.bathroomCount(), request.occupancyStatus())));
        return readYourWrites.respond(HttpStatus.CREATED, propertyId, unitLocation(propertyId, unitId),
                                      propertyQuery(propertyId), PropertyView.class, view -> unit(propertyId, unitId));
    }

    @PatchMapping("/{propertyId}/units/{unitId}")
    ResponseEntity<ApiResponse<?>> reviseUnit(@PathVariable UUID propertyId, @PathVariable UUID unitId,
                                              @Valid @RequestBody ReviseUnitRequest request) {
        commandGateway.sendAndWait(new ReviseUnitCommand(propertyId, unitId, changeOrNull(request.unitNumber()),
                                                         request.buildingId(), request.floorLabel(), request.unitType(),
                                                         request.squareMeters(), request.bedroomCount(),
                                                         request.bathroomCount(),
                                                         changeOrNull(request.occupancyStatus())));
        return readYourWrites.respond(HttpStatus.OK, propertyId, unitLocation(propertyId, unitId),
                                      propertyQuery(propertyId), PropertyView.class, view -> unit(propertyId, unitId));
    }

    private BuildingView building(PropertyView property, UUID buildingId) {
        return Futures.join(queryGateway.query(new FindBuildingsQuery(property.organizationId(), property.id()),
                                               ResponseTypes.multipleInstancesOf(BuildingView.class)))
                      .stream().filter(building -> building.id().equals(buildingId)).findFirst()
                      .orElseThrow(() -> new NotFoundException("Building", buildingId));
    }

    private UnitView unit(UUID propertyId, UUID unitId) {
        return Futures.join(queryGateway.query(new FindUnitQuery(organization(), propertyId, unitId),
                                               ResponseTypes.optionalInstanceOf(UnitView.class)))
                      .orElseThrow(() -> new NotFoundException("Unit", unitId));
    }

    private FindPropertyQuery propertyQuery(UUID propertyId) {
        return new FindPropertyQuery(organization(), propertyId);
    }

    private static UUID organization() {
        return CurrentActor.get().organizationId();
    }

    private static URI location(UUID propertyId) {
        return URI.create("/api/v1/properties/" + propertyId);
    }

    private static URI unitLocation(UUID propertyId, UUID unitId) {
        return URI.create("/api/v1/properties/" + propertyId + "/units/" + unitId);
    }

    private String upper(String countryCode) {
        return countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT);
    }

}
