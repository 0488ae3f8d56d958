package com.vivanta.ops.query.vendors;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.vendors.FindVendorQuery;
import com.vivanta.ops.api.vendors.FindVendorsQuery;
import com.vivanta.ops.api.vendors.VendorCompliance;
import com.vivanta.ops.api.vendors.VendorFilter;
import com.vivanta.ops.api.vendors.VendorPage;
import com.vivanta.ops.api.vendors.VendorStatus;
import com.vivanta.ops.api.vendors.VendorView;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading the vendor directory: the list with filters, single vendors and their compliance. */
@RestController
@RequestMapping("/api/v1/vendors")
@RequirePermissions(Permission.VENDOR_READ)
class VendorQueryController {

    private final QueryGateway queryGateway;
    private final Clock clock;

    VendorQueryController(QueryGateway queryGateway, Clock clock) {
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    /** Query parameters of {@code GET /vendors}; all optional. */
    record VendorListParams(VendorStatus status,
                            @Size(max = 80) String tradeCategory,
                            @Size(max = 80) String region,
                            @Size(max = 200) String search) {
    }

    @GetMapping
    ApiResponse<List<VendorView>> list(@Valid VendorListParams params, @Valid Paging paging) {
        VendorFilter filter = new VendorFilter(params.status(), params.tradeCategory(), params.region(),
                                               params.search());
        FindVendorsQuery query = new FindVendorsQuery(CurrentActor.get().organizationId(), filter,
                                                      paging.limitOrDefault(), paging.offsetOrDefault());
        return ApiResponse.of(Futures.join(queryGateway.query(query, ResponseTypes.instanceOf(VendorPage.class))));
    }

    @GetMapping("/{vendorId}")
    ApiResponse<VendorView> get(@PathVariable UUID vendorId) {
        return ApiResponse.of(vendor(vendorId));
    }

    /**
     * Whether the vendor may be dispatched and paid on {@code on} (default: today in UTC), as
     * {@link VendorCompliance#assess} decides: the rule work-order assignment is to apply too, so that this
     * answer and a refused assignment never disagree.
     */
    @GetMapping("/{vendorId}/compliance")
    ApiResponse<VendorCompliance> compliance(@PathVariable UUID vendorId,
                                             @RequestParam(required = false)
                                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate checkedOn = on != null ? on : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return ApiResponse.of(VendorCompliance.assess(vendor(vendorId), checkedOn));
    }

    private VendorView vendor(UUID vendorId) {
        FindVendorQuery query = new FindVendorQuery(CurrentActor.get().organizationId(), vendorId);
        return Futures.join(queryGateway.query(query, ResponseTypes.optionalInstanceOf(VendorView.class)))
                      .orElseThrow(() -> new NotFoundException("Vendor", vendorId));
    }
}
