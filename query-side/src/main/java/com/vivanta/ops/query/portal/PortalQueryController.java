package com.vivanta.ops.query.portal;

import com.vivanta.ops.api.access.FindUserQuery;
import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.access.UserView;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.organization.FindOrganizationQuery;
import com.vivanta.ops.api.organization.OrganizationView;
import com.vivanta.ops.api.portal.FindPortalCasesQuery;
import com.vivanta.ops.api.portal.FindPortalInvoiceApprovalsQuery;
import com.vivanta.ops.api.portal.FindPortalInvoicesQuery;
import com.vivanta.ops.api.portal.FindPortalPropertiesQuery;
import com.vivanta.ops.api.portal.FindPortalPropertyQuery;
import com.vivanta.ops.api.portal.FindPortalWorkOrderApprovalsQuery;
import com.vivanta.ops.api.portal.FindPortalWorkOrdersQuery;
import com.vivanta.ops.api.portal.PortalApprovalView;
import com.vivanta.ops.api.portal.PortalCasePage;
import com.vivanta.ops.api.portal.PortalCaseView;
import com.vivanta.ops.api.portal.PortalInvoicePage;
import com.vivanta.ops.api.portal.PortalInvoiceView;
import com.vivanta.ops.api.portal.PortalOwnerView;
import com.vivanta.ops.api.portal.PortalPropertyPage;
import com.vivanta.ops.api.portal.PortalPropertyView;
import com.vivanta.ops.api.portal.PortalScope;
import com.vivanta.ops.api.portal.PortalWorkOrderPage;
import com.vivanta.ops.api.portal.PortalWorkOrderView;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.PortalOwners;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import com.vivanta.ops.platform.web.Paging;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The owner portal's reads. Every answer is scoped to the owner the signed-in OWNER user stands for
 * ({@link PortalOwners}) and comes from the portal's own read models, which hold only owner-safe fields.
 * A property the owner does not hold today is not found (404), exactly like another tenant's.
 */
@RestController
@RequestMapping("/api/v1/portal")
@RequirePermissions(Permission.PORTAL_READ)
class PortalQueryController {

    private final QueryGateway queryGateway;
    private final PortalOwners portalOwners;

    PortalQueryController(QueryGateway queryGateway, PortalOwners portalOwners) {
        this.queryGateway = queryGateway;
        this.portalOwners = portalOwners;
    }

    record PortalUser(UUID id, String email, String firstName, String lastName) {
    }

    record PortalOrganization(UUID id, String name, String slug) {
    }

    record PortalMe(PortalUser user, PortalOwnerView owner, PortalOrganization organization) {
    }

    @GetMapping("/me")
    ApiResponse<PortalMe> me() {
        PortalOwnerView owner = portalOwners.current();
        UUID organizationId = owner.organizationId();
        UUID userId = CurrentActor.get().userId();
        UserView user = Futures.join(queryGateway.query(new FindUserQuery(organizationId, userId),
                                                        ResponseTypes.optionalInstanceOf(UserView.class)))
                               .orElseThrow(() -> new NotFoundException("User", userId));
        OrganizationView organization = Futures.join(queryGateway.query(
                        new FindOrganizationQuery(organizationId),
                        ResponseTypes.optionalInstanceOf(OrganizationView.class)))
                .orElseThrow(() -> new NotFoundException("Organization", organizationId));
        return ApiResponse.of(new PortalMe(new PortalUser(user.id(), user.email(), user.firstName(), user.lastName()),
                                           owner, new PortalOrganization(organization.id(), organization.name(),
                                                                         organization.slug())));
    }

    @GetMapping("/properties")
    ApiResponse<List<PortalPropertyView>> properties(@Valid Paging paging) {
        return ApiResponse.of(page(new FindPortalPropertiesQuery(portalOwners.scope(), paging.limitOrDefault(),
                                                                 paging.offsetOrDefault()), PortalPropertyPage.class));
    }

    @GetMapping("/properties/{propertyId}")
    ApiResponse<PortalPropertyView> property(@PathVariable UUID propertyId) {
        return ApiResponse.of(heldProperty(portalOwners.scope(), propertyId));
    }

    @GetMapping("/properties/{propertyId}/cases")
    ApiResponse<List<PortalCaseView>> cases(@PathVariable UUID propertyId, @Valid Paging paging) {
        PortalScope scope = portalOwners.scope();
        heldProperty(scope, propertyId);
        return ApiResponse.of(page(new FindPortalCasesQuery(scope, propertyId, paging.limitOrDefault(),
                                                            paging.offsetOrDefault()), PortalCasePage.class));
    }

    @GetMapping("/properties/{propertyId}/work-orders")
    ApiResponse<List<PortalWorkOrderView>> workOrders(@PathVariable UUID propertyId, @Valid Paging paging) {
        PortalScope scope = portalOwners.scope();
        heldProperty(scope, propertyId);
        return ApiResponse.of(page(new FindPortalWorkOrdersQuery(scope, propertyId, paging.limitOrDefault(),
                                                                 paging.offsetOrDefault()), PortalWorkOrderPage.class));
    }

    @GetMapping("/invoices")
    ApiResponse<List<PortalInvoiceView>> invoices(@Valid Paging paging) {
        return ApiResponse.of(page(new FindPortalInvoicesQuery(portalOwners.scope(), paging.limitOrDefault(),
                                                               paging.offsetOrDefault()), PortalInvoicePage.class));
    }

    /** What waits for this owner's answer, oldest question first; an owner has few, so the list is whole. */
    @GetMapping("/approvals")
    ApiResponse<List<PortalApprovalView>> approvals() {
        PortalScope scope = portalOwners.scope();
        List<PortalApprovalView> workOrders = approvals(new FindPortalWorkOrderApprovalsQuery(scope));
        List<PortalApprovalView> invoices = approvals(new FindPortalInvoiceApprovalsQuery(scope));
        Comparator<PortalApprovalView> oldestFirst = Comparator.comparing(
                PortalApprovalView::requestedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
        return ApiResponse.ofAll(Stream.concat(workOrders.stream(), invoices.stream())
                                       .sorted(oldestFirst.thenComparing(PortalApprovalView::id))
                                       .toList());
    }

    private List<PortalApprovalView> approvals(Object query) {
        return Futures.join(queryGateway.query(query, ResponseTypes.multipleInstancesOf(PortalApprovalView.class)));
    }

    private PortalPropertyView heldProperty(PortalScope scope, UUID propertyId) {
        return Futures.join(queryGateway.query(new FindPortalPropertyQuery(scope, propertyId),
                                               ResponseTypes.optionalInstanceOf(PortalPropertyView.class)))
                      .orElseThrow(() -> new NotFoundException("Property", propertyId));
    }

    private <P> P page(Object query, Class<P> pageType) {
        return Futures.join(queryGateway.query(query, ResponseTypes.instanceOf(pageType)));
    }
}
