package com.vivanta.ops.command.organization;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.organization.ChangeSlaPolicyCommand;
import com.vivanta.ops.api.organization.FindSlaPolicyViewQuery;
import com.vivanta.ops.api.organization.SlaPolicyView;
import com.vivanta.ops.platform.messaging.ReadYourWrites;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's organization sets its SLA targets; the answer is the policy as the read model shows it. */
@RestController
class SlaPolicyCommandController {

    private static final URI LOCATION = URI.create("/api/v1/organizations/current/sla-policy");

    private final CommandGateway commandGateway;
    private final ReadYourWrites readYourWrites;

    SlaPolicyCommandController(CommandGateway commandGateway, ReadYourWrites readYourWrites) {
        this.commandGateway = commandGateway;
        this.readYourWrites = readYourWrites;
    }

    /**
     * Priority names to ISO-8601 durations ({@code "URGENT": "PT4H"}). Read as text and parsed here, so
     * that a number (seconds? milliseconds?) is refused rather than guessed at, and a refusal names the
     * priority.
     */
    record ChangeSlaPolicyRequest(@NotNull Map<String, String> resolutionTargets) {
    }

    @PutMapping("/api/v1/organizations/current/sla-policy")
    @RequirePermissions(Permission.ORGANIZATION_WRITE)
    ResponseEntity<ApiResponse<?>> change(@Valid @RequestBody ChangeSlaPolicyRequest request) {
        UUID organizationId = CurrentActor.get().organizationId();
        commandGateway.sendAndWait(new ChangeSlaPolicyCommand(organizationId, targets(request.resolutionTargets())));
        return readYourWrites.updated(organizationId, LOCATION, new FindSlaPolicyViewQuery(organizationId),
                                      SlaPolicyView.class);
    }

    /** A missing priority is left out here; the aggregate refuses it, with the rest of the policy's rules. */
    private static Map<CasePriority, Duration> targets(Map<String, String> texts) {
        Map<CasePriority, Duration> targets = new EnumMap<>(CasePriority.class);
        texts.forEach((name, text) -> {
            String field = "resolutionTargets." + name;
            CasePriority priority = priority(name).orElseThrow(() -> new InvalidValueException(
                    field, name, "no such priority; the priorities are " + Arrays.toString(CasePriority.values())));
            if (targets.containsKey(priority)) {
                throw new InvalidValueException(field, name, "the priority is given twice");
            }
            if (text != null) {
                targets.put(priority, duration(field, text));
            }
        });
        return targets;
    }

    private static Optional<CasePriority> priority(String name) {
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(CasePriority.values()).filter(priority -> priority.name().equals(wanted)).findFirst();
    }

    private static Duration duration(String field, String text) {
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, text, "must be an ISO-8601 duration such as PT30M, PT4H or P7D");
        }
    }
}
