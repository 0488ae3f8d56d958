package com.vivanta.ops.command.properties;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.properties.FindOwnershipsQuery;
import com.vivanta.ops.api.properties.FindPropertyQuery;
import com.vivanta.ops.api.properties.LinkOwnerCommand;
import com.vivanta.ops.api.properties.Ownership;
import com.vivanta.ops.api.properties.OwnershipView;
import com.vivanta.ops.api.properties.PropertyView;
import com.vivanta.ops.api.properties.ReviseOwnershipCommand;
import com.vivanta.ops.api.properties.UnlinkOwnerCommand;
import com.vivanta.ops.command.common.References;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who owns which property, on which terms: linking an owner to a property, changing the terms (share,
 * period, primary contact, approval limit) and removing a link made by mistake.
 */
@RestController
@RequestMapping("/api/v1/owners/{ownerId}/properties/{propertyId}")
@RequirePermissions(Permission.OWNER_WRITE)
class OwnershipCommandController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final ReadYourWrites readYourWrites;
    private final References references;

    OwnershipCommandController(CommandGateway commandGateway, QueryGateway queryGateway, ReadYourWrites readYourWrites,
                               References references) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.readYourWrites = readYourWrites;
        this.references = references;
    }

    record OwnershipRequest(@DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4)
                            BigDecimal ownershipPercentage,
                            LocalDate startDate,
                            LocalDate endDate,
                            Boolean isPrimaryContact,
                            Money approvalLimit) {
    }

    record ReviseOwnershipRequest(Optional<@DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4)
                                           BigDecimal> ownershipPercentage,
                                  Optional<LocalDate> startDate,
                                  Optional<LocalDate> endDate,
                                  Optional<@NotNull Boolean> isPrimaryContact,
                                  Optional<Money> approvalLimit) {
    }

    @PostMapping
    ResponseEntity<ApiResponse<?>> link(@PathVariable UUID ownerId, @PathVariable UUID propertyId,
                                        @Valid @RequestBody(required = false) OwnershipRequest request) {
        requireOwnerExists(ownerId);
        OwnershipRequest terms = request == null ? new OwnershipRequest(null, null, null, null, null) : request;
        commandGateway.sendAndWait(new LinkOwnerCommand(propertyId, ownerId, new Ownership(
                terms.ownershipPercentage(), terms.startDate(), terms.endDate(),
                Boolean.TRUE.equals(terms.isPrimaryContact()), terms.approvalLimit())));
        return answer(HttpStatus.CREATED, ownerId, propertyId, view -> ownership(view, ownerId));
    }

    @PatchMapping
    ResponseEntity<ApiResponse<?>> revise(@PathVariable UUID ownerId, @PathVariable UUID propertyId,
                                          @Valid @RequestBody ReviseOwnershipRequest request) {
        commandGateway.sendAndWait(new ReviseOwnershipCommand(
                propertyId, ownerId, request.ownershipPercentage(), request.startDate(), request.endDate(),
                request.isPrimaryContact() == null ? null : request.isPrimaryContact().orElse(null),
                request.approvalLimit()));
        return answer(HttpStatus.OK, ownerId, propertyId, view -> ownership(view, ownerId));
    }

    @DeleteMapping
    ResponseEntity<ApiResponse<?>> unlink(@PathVariable UUID ownerId, @PathVariable UUID propertyId) {
        commandGateway.sendAndWait(new UnlinkOwnerCommand(propertyId, ownerId));
        return answer(HttpStatus.OK, ownerId, propertyId,
                      view -> Map.of("ownerId", ownerId, "propertyId", propertyId, "removed", true));
    }

    private ResponseEntity<ApiResponse<?>> answer(HttpStatus status, UUID ownerId, UUID propertyId,
                                                  Function<PropertyView, ?> answer) {
        return readYourWrites.respond(status, propertyId,
                                      URI.create("/api/v1/owners/" + ownerId + "/properties"),
                                      new FindPropertyQuery(organization(), propertyId), PropertyView.class, answer);
    }

    private OwnershipView ownership(PropertyView property, UUID ownerId) {
        return Futures.join(queryGateway.query(FindOwnershipsQuery.ofProperty(property.organizationId(), property.id()),
                                               ResponseTypes.multipleInstancesOf(OwnershipView.class)))
                      .stream().filter(view -> view.ownerId().equals(ownerId)).findFirst()
                      .orElseThrow(() -> new NotFoundException("Ownership", ownerId));
    }

    /** The owner is part of the address: an unknown one is a 404, like an unknown property. */
    private void requireOwnerExists(UUID ownerId) {
        if (!references.ownerExists(organization(), ownerId)) {
            throw new NotFoundException("Owner", ownerId);
        }
    }

    private static UUID organization() {
        return CurrentActor.get().organizationId();
    }
}
