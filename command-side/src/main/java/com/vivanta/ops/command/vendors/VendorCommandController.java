package com.vivanta.ops.command.vendors;

import static com.vivanta.ops.command.common.Patching.changeOrNull;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.vendors.FindVendorQuery;
import com.vivanta.ops.api.vendors.RegisterVendorCommand;
import com.vivanta.ops.api.vendors.ReviseVendorCommand;
import com.vivanta.ops.api.vendors.VendorStatus;
import com.vivanta.ops.api.vendors.VendorView;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.EmailAddress;
import com.vivanta.ops.platform.web.NullOrNotBlank;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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
 * Changing the vendor directory: register and revise vendors, compliance documents included. Each
 * endpoint sends one command and answers with the vendor as the read model shows it once the command's
 * events are projected.
 */
@RestController
@RequestMapping("/api/v1/vendors")
@RequirePermissions(Permission.VENDOR_WRITE)
class VendorCommandController {

    private final CommandGateway commandGateway;
    private final ReadYourWrites readYourWrites;

    VendorCommandController(CommandGateway commandGateway, ReadYourWrites readYourWrites) {
        this.commandGateway = commandGateway;
        this.readYourWrites = readYourWrites;
    }

    record RegisterVendorRequest(
            @NotBlank @Size(min = 2, max = 200) String name,
            @Size(max = 80) @NullOrNotBlank String vendorType,
            @EmailAddress String email,
            @Size(max = 40) @NullOrNotBlank String phone,
            @Size(max = 80) @NullOrNotBlank String tradeCategory,
            @Size(max = 50) List<@NotBlank @Size(max = 80) String> serviceRegions,
            @Size(max = 80) @NullOrNotBlank String taxId,
            VendorStatus status,
            LocalDate insuranceExpiresOn,
            LocalDate licenceExpiresOn,
            Boolean w9OnFile) {
    }

    /**
     * Absent fields stay as they are; {@code null} clears a clearable field ({@code serviceRegions}
     * becomes empty) and is refused for {@code name}, {@code status} and {@code w9OnFile}.
     */
    record ReviseVendorRequest(
            Optional<@NotBlank @Size(min = 2, max = 200) String> name,
            Optional<@Size(max = 80) @NullOrNotBlank String> vendorType,
            Optional<@EmailAddress String> email,
            Optional<@Size(max = 40) @NullOrNotBlank String> phone,
            Optional<@Size(max = 80) @NullOrNotBlank String> tradeCategory,
            Optional<@Size(max = 50) List<@NotBlank @Size(max = 80) String>> serviceRegions,
            Optional<@Size(max = 80) @NullOrNotBlank String> taxId,
            Optional<@NotNull VendorStatus> status,
            Optional<LocalDate> insuranceExpiresOn,
            Optional<LocalDate> licenceExpiresOn,
            Optional<@NotNull Boolean> w9OnFile) {
    }

    @PostMapping
    ResponseEntity<ApiResponse<?>> register(@Valid @RequestBody RegisterVendorRequest request) {
        UUID vendorId = UUID.randomUUID();
        commandGateway.sendAndWait(new RegisterVendorCommand(vendorId, request.name(), request.vendorType(),
                                                             request.email(), request.phone(),
                                                             request.tradeCategory(), request.serviceRegions(),
                                                             request.taxId(), request.status(),
                                                             request.insuranceExpiresOn(),
                                                             request.licenceExpiresOn(), request.w9OnFile()));
        return readYourWrites.created(vendorId, location(vendorId),
                                      new FindVendorQuery(CurrentActor.get().organizationId(), vendorId),
                                      VendorView.class);
    }

    @PatchMapping("/{vendorId}")
    ResponseEntity<ApiResponse<?>> revise(@PathVariable UUID vendorId,
                                          @Valid @RequestBody ReviseVendorRequest request) {
        List<String> regions = request.serviceRegions() == null
                ? null : request.serviceRegions().orElse(List.of());
        commandGateway.sendAndWait(new ReviseVendorCommand(vendorId,
                                                           changeOrNull(request.name()),
                                                           request.vendorType(),
                                                           request.email(),
                                                           request.phone(),
                                                           request.tradeCategory(),
                                                           regions,
                                                           request.taxId(),
                                                           changeOrNull(request.status()),
                                                           request.insuranceExpiresOn(),
                                                           request.licenceExpiresOn(),
                                                           changeOrNull(request.w9OnFile())));
        return readYourWrites.updated(vendorId, location(vendorId),
                                      new FindVendorQuery(CurrentActor.get().organizationId(), vendorId),
                                      VendorView.class);
    }

    private static URI location(UUID vendorId) {
        return URI.create("/api/v1/vendors/" + vendorId);
    }

}
