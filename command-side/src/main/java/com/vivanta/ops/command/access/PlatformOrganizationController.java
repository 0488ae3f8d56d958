package com.vivanta.ops.command.access;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.organization.FindOrganizationQuery;
import com.vivanta.ops.api.organization.OrganizationView;
import com.vivanta.ops.command.access.OrganizationProvisioning.FirstAdmin;
import com.vivanta.ops.command.access.OrganizationProvisioning.Provisioned;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.EmailAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The platform operator opens new organizations, each with its standard roles and first administrator. */
@RestController
class PlatformOrganizationController {

    private final OrganizationProvisioning provisioning;
    private final QueryGateway queryGateway;

    PlatformOrganizationController(OrganizationProvisioning provisioning, QueryGateway queryGateway) {
        this.provisioning = provisioning;
        this.queryGateway = queryGateway;
    }

    record FirstAdministrator(@NotNull @EmailAddress String email,
                              @NotBlank @Size(min = 1, max = 120) String firstName,
                              @NotBlank @Size(min = 1, max = 120) String lastName,
                              @NotBlank @Size(min = 12, max = 200) String password) {

        @Override
        public String toString() {
            return "FirstAdministrator[email=" + email + "]";
        }
    }

    record CreateOrganizationRequest(@NotBlank @Size(min = 2, max = 200) String name,
                                     @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}[a-z0-9]",
                                                       message = "2 to 64 lower-case letters, digits and inner dashes")
                                     String slug,
                                     @NotNull @Valid FirstAdministrator administrator) {
    }

    @PostMapping("/api/v1/platform/organizations")
    @RequirePermissions(Permission.PLATFORM_ADMIN)
    ResponseEntity<ApiResponse<?>> create(@Valid @RequestBody CreateOrganizationRequest request) {
        UUID organizationId = UUID.randomUUID();
        UUID administratorId = UUID.randomUUID();
        FirstAdministrator admin = request.administrator();
        Provisioned provisioned = provisioning.provisionTenant(
                organizationId, request.name().trim(), request.slug(),
                new FirstAdmin(administratorId, admin.email(), admin.password(), admin.firstName().trim(),
                               admin.lastName().trim()),
                CurrentActor.get().userId().toString());
        URI location = URI.create("/api/v1/organizations/" + organizationId);
        if (!provisioned.visible()) {
            return ResponseEntity.accepted().location(location)
                                 .body(ApiResponse.of(Map.of("id", organizationId, "projection", "PENDING")));
        }
        return ResponseEntity.status(HttpStatus.CREATED).location(location)
                             .body(ApiResponse.of(Map.of("organization", organization(organizationId),
                                                         "administratorId", administratorId)));
    }

    private OrganizationView organization(UUID organizationId) {
        return Futures.join(queryGateway.query(new FindOrganizationQuery(organizationId),
                                               ResponseTypes.optionalInstanceOf(OrganizationView.class)))
                      .orElseThrow(() -> new NotFoundException("Organization", organizationId));
    }
}
