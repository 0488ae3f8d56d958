package com.vivanta.ops.command.owners;

import static com.vivanta.ops.command.common.Patching.changeOrNull;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.owners.FindOwnerQuery;
import com.vivanta.ops.api.owners.OwnerStatus;
import com.vivanta.ops.api.owners.OwnerView;
import com.vivanta.ops.api.owners.RegisterOwnerCommand;
import com.vivanta.ops.api.owners.ReviseOwnerCommand;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.EmailAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changing owners: register and revise. Each endpoint sends one command and answers with the owner as
 * the read model shows it once the command's events are projected.
 */
@RestController
@RequestMapping("/api/v1/owners")
class OwnerCommandController {

    private final CommandGateway commandGateway;
    private final ReadYourWrites readYourWrites;

    OwnerCommandController(CommandGateway commandGateway, ReadYourWrites readYourWrites) {
        this.commandGateway = commandGateway;
        this.readYourWrites = readYourWrites;
    }

    record RegisterOwnerRequest(@NotBlank @Size(min = 2, max = 160) String displayName,
                                @EmailAddress String email,
                                @Size(max = 40) String phone,
                                Boolean isCompany,
                                OwnerStatus status) {

        RegisterOwnerRequest {
            // Trimmed before validation: surrounding spaces are a typing slip, not an invalid address.
            email = email == null ? null : email.trim();
        }
    }

    /** Absent fields stay as they are; {@code null} clears email or phone and is refused for the others. */
    record ReviseOwnerRequest(Optional<@NotBlank @Size(min = 2, max = 160) String> displayName,
                              Optional<@EmailAddress String> email,
                              Optional<@Size(max = 40) String> phone,
                              Optional<@NotNull Boolean> isCompany,
                              Optional<@NotNull OwnerStatus> status) {

        @SuppressWarnings("OptionalAssignedToNull")
        ReviseOwnerRequest {
            email = email == null ? null : email.map(String::trim);
        }
    }

    @PostMapping
    @RequirePermissions(Permission.OWNER_WRITE)
    ResponseEntity<ApiResponse<?>> register(@Valid @RequestBody RegisterOwnerRequest request) {
        UUID organizationId = CurrentActor.get().organizationId();
        UUID ownerId = UUID.randomUUID();
        commandGateway.sendAndWait(new RegisterOwnerCommand(ownerId, request.displayName(), request.email(),
                                                            request.phone(), request.isCompany(), request.status()));
        return readYourWrites.created(ownerId, location(ownerId), new FindOwnerQuery(organizationId, ownerId),
                                      OwnerView.class);
    }

    @PatchMapping("/{ownerId}")
    @RequirePermissions(Permission.OWNER_WRITE)
    ResponseEntity<ApiResponse<?>> revise(@PathVariable UUID ownerId, @Valid @RequestBody ReviseOwnerRequest request) {
        commandGateway.sendAndWait(new ReviseOwnerCommand(ownerId,
                                                          changeOrNull(request.displayName()),
                                                          request.email(),
                                                          request.phone(),
                                                          changeOrNull(request.isCompany()),
                                                          changeOrNull(request.status())));
        return readYourWrites.updated(ownerId, location(ownerId),
                                      new FindOwnerQuery(CurrentActor.get().organizationId(), ownerId),
                                      OwnerView.class);
    }

    private static URI location(UUID ownerId) {
        return URI.create("/api/v1/owners/" + ownerId);
    }

}
