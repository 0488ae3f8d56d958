package com.vivanta.ops.app.admin;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations on read models: status, rebuild from the event stream, retry of dead letters. Read models
 * are shared by all organizations, so only the platform operator may touch them.
 */
@RestController
@RequestMapping("/api/v1/admin/projections")
@RequirePermissions(Permission.PLATFORM_ADMIN)
class ProjectionAdminController {

    private final ProjectionAdministration administration;

    ProjectionAdminController(ProjectionAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    ApiResponse<List<ProjectionStatus>> list() {
        return ApiResponse.ofAll(administration.all());
    }

    @GetMapping("/{name}")
    ApiResponse<ProjectionStatus> get(@PathVariable String name) {
        return ApiResponse.of(administration.status(name));
    }

    /** Every projection at once; see each one's progress in {@code GET /admin/projections}. */
    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ApiResponse<List<ProjectionStatus>> rebuildAll() {
        return ApiResponse.ofAll(administration.rebuildAll());
    }

    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ApiResponse<ProjectionStatus> rebuild(@PathVariable String name) {
        return ApiResponse.of(administration.rebuild(name));
    }

    @PostMapping("/{name}/dead-letters/retry")
    ApiResponse<Map<String, Object>> retryDeadLetters(@PathVariable String name) {
        int retried = administration.retryDeadLetters(name);
        return ApiResponse.of(Map.of("retried", retried, "remaining", administration.status(name).deadLetters()));
    }
}
