package com.vivanta.ops.query.properties;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.common.InvalidReferenceException;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.properties.BuildingView;
import com.vivanta.ops.api.properties.FindBuildingsQuery;
import com.vivanta.ops.api.properties.FindOwnershipsQuery;
import com.vivanta.ops.api.properties.FindPropertiesQuery;
import com.vivanta.ops.api.properties.FindPropertyQuery;
import com.vivanta.ops.api.properties.FindPropertySummaryQuery;
import com.vivanta.ops.api.properties.FindUnitQuery;
import com.vivanta.ops.api.properties.FindUnitsQuery;
import com.vivanta.ops.api.properties.OccupancyStatus;
import com.vivanta.ops.api.properties.OwnershipView;
import com.vivanta.ops.api.properties.PropertyFilter;
import com.vivanta.ops.api.properties.PropertyPage;
import com.vivanta.ops.api.properties.PropertyStatus;
import com.vivanta.ops.api.properties.PropertySummary;
import com.vivanta.ops.api.properties.PropertyType;
import com.vivanta.ops.api.properties.PropertyView;
import com.vivanta.ops.api.properties.UnitFilter;
import com.vivanta.ops.api.properties.UnitPage;
import com.vivanta.ops.api.properties.UnitView;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reading the portfolio: properties, their summary, buildings, units and owners. */
@RestController
@RequestMapping("/api/v1/properties")
@RequirePermissions(Permission.PROPERTY_READ)
class PropertyQueryController {

    private final QueryGateway queryGateway;

    PropertyQueryController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    record PropertyListParams(PropertyStatus status, PropertyType propertyType, @Size(max = 200) String search) {
    }

    /** Units come in larger pages than other lists: up to 200, 50 by default. */
    record UnitListParams(OccupancyStatus occupancyStatus,
                          UUID buildingId,
                          @Size(max = 100) String search,
                          @Min(1) @Max(200) Integer limit,
                          @Min(0) Integer offset) {
    }

    @GetMapping
    ApiResponse<List<PropertyView>> list(@Valid PropertyListParams params, @Valid Paging paging) {
        FindPropertiesQuery query = new FindPropertiesQuery(
                organization(), new PropertyFilter(params.status(), params.propertyType(), params.search()),
                paging.limitOrDefault(), paging.offsetOrDefault());
        return ApiResponse.of(Futures.join(queryGateway.query(query, ResponseTypes.instanceOf(PropertyPage.class))));
    }

    @GetMapping("/{propertyId}")
    ApiResponse<PropertyView> get(@PathVariable UUID propertyId) {
        return ApiResponse.of(property(propertyId));
    }

    @GetMapping("/{propertyId}/summary")
    ApiResponse<PropertySummary> summary(@PathVariable UUID propertyId) {
        return ApiResponse.of(Futures.join(queryGateway.query(
                        new FindPropertySummaryQuery(organization(), propertyId),
                        ResponseTypes.optionalInstanceOf(PropertySummary.class)))
                                     .orElseThrow(() -> new NotFoundException("Property", propertyId)));
    }

    @GetMapping("/{propertyId}/buildings")
    ApiResponse<List<BuildingView>> buildings(@PathVariable UUID propertyId) {
        property(propertyId);
        return ApiResponse.ofAll(buildingsOf(propertyId));
    }

    @GetMapping("/{propertyId}/units")
    ApiResponse<List<UnitView>> units(@PathVariable UUID propertyId, @Valid UnitListParams params) {
        property(propertyId);
        if (params.buildingId() != null
                && buildingsOf(propertyId).stream().noneMatch(building -> building.id().equals(params.buildingId()))) {
            throw new InvalidReferenceException("buildingId", params.buildingId(), "no such building in this property");
        }
        FindUnitsQuery query = new FindUnitsQuery(
                organization(), propertyId,
                new UnitFilter(params.occupancyStatus(), params.buildingId(), params.search()),
                params.limit() == null ? 50 : params.limit(), params.offset() == null ? 0 : params.offset());
        return ApiResponse.of(Futures.join(queryGateway.query(query, ResponseTypes.instanceOf(UnitPage.class))));
    }

    @GetMapping("/{propertyId}/units/{unitId}")
    ApiResponse<UnitView> unit(@PathVariable UUID propertyId, @PathVariable UUID unitId) {
        return ApiResponse.of(Futures.join(queryGateway.query(new FindUnitQuery(organization(), propertyId, unitId),
                                                              ResponseTypes.optionalInstanceOf(UnitView.class)))
                                     .orElseThrow(() -> new NotFoundException("Unit", unitId)));
    }

    @GetMapping("/{propertyId}/owners")
    @RequirePermissions({Permission.PROPERTY_READ, Permission.OWNER_READ})
    ApiResponse<List<OwnershipView>> owners(@PathVariable UUID propertyId) {
        property(propertyId);
        return ApiResponse.ofAll(Futures.join(queryGateway.query(
                FindOwnershipsQuery.ofProperty(organization(), propertyId),
                ResponseTypes.multipleInstancesOf(OwnershipView.class))));
    }

    private PropertyView property(UUID propertyId) {
        return Futures.join(queryGateway.query(new FindPropertyQuery(organization(), propertyId),
                                               ResponseTypes.optionalInstanceOf(PropertyView.class)))
                      .orElseThrow(() -> new NotFoundException("Property", propertyId));
    }

    private List<BuildingView> buildingsOf(UUID propertyId) {
        return Futures.join(queryGateway.query(new FindBuildingsQuery(organization(), propertyId),
                                               ResponseTypes.multipleInstancesOf(BuildingView.class)));
    }

    private static UUID organization() {
        return CurrentActor.get().organizationId();
    }
}
