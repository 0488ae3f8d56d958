package com.vivanta.ops.query.owners;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.owners.FindOwnerQuery;
import com.vivanta.ops.api.owners.FindOwnersQuery;
import com.vivanta.ops.api.owners.OwnerFilter;
import com.vivanta.ops.api.owners.OwnerPage;
import com.vivanta.ops.api.owners.OwnerStatus;
import com.vivanta.ops.api.owners.OwnerView;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reading owners: the list with filters and single owners. */
@RestController
@RequestMapping("/api/v1/owners")
@RequirePermissions(Permission.OWNER_READ)
class OwnerQueryController {

    private final QueryGateway queryGateway;

    OwnerQueryController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** Query parameters of {@code GET /owners}; all optional. */
    record OwnerListParams(OwnerStatus status, @Size(max = 200) String search) {
    }

    @GetMapping
    ApiResponse<List<OwnerView>> list(@Valid OwnerListParams params, @Valid Paging paging) {
        FindOwnersQuery query = new FindOwnersQuery(CurrentActor.get().organizationId(),
                                                    new OwnerFilter(params.status(), params.search()),
                                                    paging.limitOrDefault(), paging.offsetOrDefault());
        return ApiResponse.of(Futures.join(queryGateway.query(query, ResponseTypes.instanceOf(OwnerPage.class))));
    }

    @GetMapping("/{ownerId}")
    ApiResponse<OwnerView> get(@PathVariable UUID ownerId) {
        FindOwnerQuery query = new FindOwnerQuery(CurrentActor.get().organizationId(), ownerId);
        return ApiResponse.of(Futures.join(queryGateway.query(query, ResponseTypes.optionalInstanceOf(OwnerView.class)))
                                     .orElseThrow(() -> new NotFoundException("Owner", ownerId)));
    }
}
