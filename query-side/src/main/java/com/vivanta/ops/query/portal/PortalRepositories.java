package com.vivanta.ops.query.portal;

import static com.vivanta.ops.query.portal.PortalRepositories.CASE_DURING;
import static com.vivanta.ops.query.portal.PortalRepositories.CREATED_DURING;
import static com.vivanta.ops.query.portal.PortalRepositories.HELD_TODAY;

import com.vivanta.ops.api.invoice.InvoiceStatus;
import com.vivanta.ops.query.common.PersistingRows;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The conditions shared by the portal's repositories below. Every query that answers an owner joins the
 * owner's ownership {@code o} of the entity's property and keeps it only while the ownership runs today
 * ({@link #HELD_TODAY}) and only for entities that began during it (opened or created on one of its days):
 * selling a property ends what its former owner sees, and a new owner does not see what came before them.
 */
final class PortalRepositories {

    static final String HELD_TODAY = " o.key.ownerId = :ownerId and o.organizationId = :organizationId"
            + " and (o.startDate is null or o.startDate <= :today)"
            + " and (o.endDate is null or o.endDate >= :today)";
    static final String CASE_DURING = " and (o.startDate is null or x.openedOn >= o.startDate)"
            + " and (o.endDate is null or x.openedOn <= o.endDate)";
    static final String CREATED_DURING = " and (o.startDate is null or x.createdOn >= o.startDate)"
            + " and (o.endDate is null or x.createdOn <= o.endDate)";

    private PortalRepositories() {
    }
}

interface PortalOwnerRows extends JpaRepository<PortalOwnerRow, UUID>, PersistingRows<PortalOwnerRow> {

    Optional<PortalOwnerRow> findByIdAndOrganizationId(UUID id, UUID organizationId);
}

interface PortalPropertyRows extends JpaRepository<PortalPropertyRow, UUID>, PersistingRows<PortalPropertyRow> {

    @Query(value = "select x, o from PortalPropertyRow x, PortalOwnershipRow o where o.key.propertyId = x.id and"
            + HELD_TODAY + " order by x.name, x.id",
           countQuery = "select count(x) from PortalPropertyRow x, PortalOwnershipRow o"
                   + " where o.key.propertyId = x.id and" + HELD_TODAY)
    Page<Object[]> findHeld(@Param("organizationId") UUID organizationId, @Param("ownerId") UUID ownerId,
                            @Param("today") LocalDate today, Pageable page);

    @Query("select x, o from PortalPropertyRow x, PortalOwnershipRow o where o.key.propertyId = x.id"
            + " and x.id = :propertyId and" + HELD_TODAY)
    List<Object[]> findHeld(@Param("organizationId") UUID organizationId, @Param("ownerId") UUID ownerId,
                            @Param("today") LocalDate today, @Param("propertyId") UUID propertyId);
}

interface PortalOwnershipRows extends JpaRepository<PortalOwnershipRow, PortalOwnershipRow.Key> {
}

interface PortalCaseRows extends JpaRepository<PortalCaseRow, UUID>, PersistingRows<PortalCaseRow> {

    @Query(value = "select x from PortalCaseRow x, PortalOwnershipRow o where o.key.propertyId = x.propertyId"
            + " and x.organizationId = :organizationId and x.propertyId = :propertyId"
            + " and x.ownerVisibleStatus is not null and" + HELD_TODAY + CASE_DURING)
    Page<PortalCaseRow> findVisible(@Param("organizationId") UUID organizationId, @Param("ownerId") UUID ownerId,
                                    @Param("today") LocalDate today, @Param("propertyId") UUID propertyId,
                                    Pageable page);
}

interface PortalWorkOrderRows extends JpaRepository<PortalWorkOrderRow, UUID>, PersistingRows<PortalWorkOrderRow> {

    @Query(value = "select x from PortalWorkOrderRow x, PortalOwnershipRow o where o.key.propertyId = x.propertyId"
            + " and x.organizationId = :organizationId and x.propertyId = :propertyId and" + HELD_TODAY
            + CREATED_DURING)
    Page<PortalWorkOrderRow> findVisible(@Param("organizationId") UUID organizationId,
                                         @Param("ownerId") UUID ownerId, @Param("today") LocalDate today,
                                         @Param("propertyId") UUID propertyId, Pageable page);

    /** Work orders of the owner's properties whose cost this owner was asked about. */
    @Query("select x from PortalWorkOrderRow x, PortalOwnershipRow o where o.key.propertyId = x.propertyId"
            + " and x.organizationId = :organizationId and :ownerId member of x.askedOwners and" + HELD_TODAY
            + CREATED_DURING + " order by x.approvalRequestedAt, x.id")
    List<PortalWorkOrderRow> findAsked(@Param("organizationId") UUID organizationId,
                                       @Param("ownerId") UUID ownerId, @Param("today") LocalDate today);

    @Query("select x from PortalWorkOrderRow x, PortalOwnershipRow o where o.key.propertyId = x.propertyId"
            + " and x.id = :id and x.organizationId = :organizationId and :ownerId member of x.askedOwners and"
            + HELD_TODAY + CREATED_DURING)
    Optional<PortalWorkOrderRow> findAsked(@Param("organizationId") UUID organizationId,
                                           @Param("ownerId") UUID ownerId, @Param("today") LocalDate today,
                                           @Param("id") UUID id);
}

interface PortalInvoiceRows extends JpaRepository<PortalInvoiceRow, UUID>, PersistingRows<PortalInvoiceRow> {

    @Query(value = "select x from PortalInvoiceRow x, PortalOwnershipRow o where o.key.propertyId = x.propertyId"
            + " and x.organizationId = :organizationId and x.status in :statuses and" + HELD_TODAY
            + CREATED_DURING)
    Page<PortalInvoiceRow> findVisible(@Param("organizationId") UUID organizationId,
                                       @Param("ownerId") UUID ownerId, @Param("today") LocalDate today,
                                       @Param("statuses") List<InvoiceStatus> statuses,
                                       Pageable page);

    /** Invoices of the owner's properties whose OWNER step asks this owner. */
    @Query("select x from PortalInvoiceRow x, PortalOwnershipRow o where o.key.propertyId = x.propertyId"
            + " and x.organizationId = :organizationId and :ownerId member of x.askedOwners and" + HELD_TODAY
            + CREATED_DURING + " order by x.ownerStepRequestedAt, x.id")
    List<PortalInvoiceRow> findAsked(@Param("organizationId") UUID organizationId,
                                     @Param("ownerId") UUID ownerId, @Param("today") LocalDate today);

    @Query("select x from PortalInvoiceRow x, PortalOwnershipRow o where o.key.propertyId = x.propertyId"
            + " and x.id = :id and x.organizationId = :organizationId and :ownerId member of x.askedOwners and"
            + HELD_TODAY + CREATED_DURING)
    Optional<PortalInvoiceRow> findAsked(@Param("organizationId") UUID organizationId,
                                         @Param("ownerId") UUID ownerId, @Param("today") LocalDate today,
                                         @Param("id") UUID id);
}
