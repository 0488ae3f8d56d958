package com.vivanta.ops.command.cases;

import static com.vivanta.ops.command.common.Patching.changeOrNull;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.cases.AssignCaseCommand;
import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.cases.CaseStatus;
import com.vivanta.ops.api.cases.CaseView;
import com.vivanta.ops.api.cases.ChangeCaseStatusCommand;
import com.vivanta.ops.api.cases.FindCaseQuery;
import com.vivanta.ops.api.cases.OpenCaseCommand;
import com.vivanta.ops.api.cases.ReviseCaseCommand;
import com.vivanta.ops.command.common.References;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changing cases: open, revise, assign, move along the lifecycle. Each endpoint sends one command and
 * answers with the case as the read model shows it once the command's events are projected.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseCommandController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final ReadYourWrites readYourWrites;
    private final References references;

    CaseCommandController(CommandGateway commandGateway, QueryGateway queryGateway, ReadYourWrites readYourWrites,
                          References references) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.readYourWrites = readYourWrites;
        this.references = references;
    }

    record OpenCaseRequest(@NotBlank @Size(min = 2, max = 80) String caseType,
                           @NotBlank @Size(min = 2, max = 200) String title,
                           @Size(max = 5000) String description,
                           CasePriority priority,
                           UUID propertyId,
                           UUID unitId,
                           Instant dueAt,
                           UUID assignedUserId,
                           @Size(max = 120) String ownerVisibleStatus) {
    }

    /** Absent fields stay as they are; {@code null} clears a clearable field and is refused for the others. */
    record ReviseCaseRequest(Optional<@NotBlank @Size(min = 2, max = 80) String> caseType,
                             Optional<@NotBlank @Size(min = 2, max = 200) String> title,
                             Optional<@Size(max = 5000) String> description,
                             Optional<@NotNull CasePriority> priority,
                             Optional<UUID> propertyId,
                             Optional<UUID> unitId,
                             Optional<Instant> dueAt,
                             Optional<@Size(max = 120) String> ownerVisibleStatus) {
    }

    /** {@code assignedUserId} must be present; {@code null} takes the case back from its assignee. */
    record AssignCaseRequest(@NotNull(message = "is required; send null to unassign") Optional<UUID> assignedUserId) {
    }

    record ChangeCaseStatusRequest(@NotNull CaseStatus status,
                                   @Size(max = 120) String ownerVisibleStatus,
                                   @Size(max = 300) String note) {
    }

    @PostMapping
    @RequirePermissions(Permission.CASE_WRITE)
    ResponseEntity<ApiResponse<?>> open(@Valid @RequestBody OpenCaseRequest request) {
        UUID organizationId = CurrentActor.get().organizationId();
        references.requireActiveUser(organizationId, request.assignedUserId(), "assignedUserId");
        references.requireProperty(organizationId, request.propertyId(), "propertyId");
        references.requireUnit(organizationId, request.propertyId(), request.unitId(), "unitId");
        UUID caseId = UUID.randomUUID();
        commandGateway.sendAndWait(new OpenCaseCommand(caseId, request.caseType(), request.title(),
                                                       request.description(), request.priority(),
                                                       request.propertyId(), request.unitId(), request.dueAt(),
                                                       request.assignedUserId(), request.ownerVisibleStatus()));
        return readYourWrites.created(caseId, location(caseId), new FindCaseQuery(organizationId, caseId),
                                      CaseView.class);
    }

    @PatchMapping("/{caseId}")
    @RequirePermissions(Permission.CASE_WRITE)
    ResponseEntity<ApiResponse<?>> revise(@PathVariable UUID caseId, @Valid @RequestBody ReviseCaseRequest request) {
        requireLocationOfOrganization(caseId, request.propertyId(), request.unitId());
        commandGateway.sendAndWait(new ReviseCaseCommand(caseId,
                                                         changeOrNull(request.caseType()),
                                                         changeOrNull(request.title()),
                                                         request.description(),
                                                         changeOrNull(request.priority()),
                                                         request.propertyId(),
                                                         request.unitId(),
                                                         request.dueAt(),
                                                         request.ownerVisibleStatus()));
        return current(caseId);
    }

    @PostMapping("/{caseId}/assign")
    @RequirePermissions(Permission.CASE_ASSIGN)
    ResponseEntity<ApiResponse<?>> assign(@PathVariable UUID caseId, @Valid @RequestBody AssignCaseRequest request) {
        UUID assignee = request.assignedUserId().orElse(null);
        references.requireActiveUser(CurrentActor.get().organizationId(), assignee, "assignedUserId");
        commandGateway.sendAndWait(new AssignCaseCommand(caseId, assignee));
        return current(caseId);
    }

    @PostMapping("/{caseId}/change-status")
    @RequirePermissions(Permission.CASE_WRITE)
    ResponseEntity<ApiResponse<?>> changeStatus(@PathVariable UUID caseId,
                                                @Valid @RequestBody ChangeCaseStatusRequest request) {
        commandGateway.sendAndWait(new ChangeCaseStatusCommand(caseId, request.status(),
                                                               request.ownerVisibleStatus(), request.note()));
        return current(caseId);
    }

    /**
     * A new property must be one of the organization's; a new unit must belong to the property the case
     * will be at (the one given, or else the one it is at now).
     */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    private void requireLocationOfOrganization(UUID caseId, Optional<UUID> propertyId, Optional<UUID> unitId) {
        UUID organizationId = CurrentActor.get().organizationId();
        UUID newProperty = changeOrNull(propertyId);
        references.requireProperty(organizationId, newProperty, "propertyId");
        UUID newUnit = changeOrNull(unitId);
        if (newUnit != null) {
            UUID unitProperty = propertyId != null ? newProperty
                    : Futures.join(queryGateway.query(new FindCaseQuery(organizationId, caseId),
                                                      ResponseTypes.optionalInstanceOf(CaseView.class)))
                             .map(CaseView::propertyId).orElse(null);
            references.requireUnit(organizationId, unitProperty, newUnit, "unitId");
        }
    }

    private ResponseEntity<ApiResponse<?>> current(UUID caseId) {
        return readYourWrites.updated(caseId, location(caseId),
                                      new FindCaseQuery(CurrentActor.get().organizationId(), caseId), CaseView.class);
    }

    private static URI location(UUID caseId) {
        return URI.create("/api/v1/cases/" + caseId);
    }

}
