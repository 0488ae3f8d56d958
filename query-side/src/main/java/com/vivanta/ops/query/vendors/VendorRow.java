package com.vivanta.ops.query.vendors;

import com.vivanta.ops.api.vendors.VendorStatus;
import com.vivanta.ops.api.vendors.VendorView;
import jakarta.persistence.CollectionTable;
import com.vivanta.ops.query.common.ReflectingRow;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** One row of the {@code vendor-directory} read model. Every value is derived from the vendor's events. */
@Entity
@Table(name = "vendor_view")
class VendorRow extends ReflectingRow {

    @Id
    private UUID id;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(name = "vendor_type", length = 80)
    private String vendorType;
    @Column(length = 254)
    private String email;
    @Column(length = 40)
    private String phone;
    @Column(name = "trade_category", length = 80)
    private String tradeCategory;
    // Kept in the order the vendor gave them; a page of vendors loads its regions in one more query.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vendor_service_region", joinColumns = @JoinColumn(name = "vendor_id"))
    @OrderColumn(name = "position")
    @Column(name = "region", nullable = false, length = 80)
    @BatchSize(size = 100)
    private List<String> serviceRegions = new ArrayList<>();
    @Column(name = "tax_id", length = 80)
    private String taxId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VendorStatus status;
    @Column(name = "insurance_expires_on")
    private LocalDate insuranceExpiresOn;
    @Column(name = "licence_expires_on")
    private LocalDate licenceExpiresOn;
    @Column(name = "w9_on_file", nullable = false)
    private boolean w9OnFile;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected VendorRow() {
    }

    VendorRow(UUID id, UUID organizationId, Instant createdAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.createdAt = createdAt;
    }

    VendorView toView() {
        return new VendorView(id, organizationId, name, vendorType, email, phone, tradeCategory, serviceRegions,
                              taxId, status, insuranceExpiresOn, licenceExpiresOn, w9OnFile, createdAt, updatedAt(),
                              version());
    }

    void details(String name, String vendorType, String email, String phone, String tradeCategory,
                 List<String> serviceRegions, String taxId) {
        this.name = name;
        this.vendorType = vendorType;
        this.email = email;
        this.phone = phone;
        this.tradeCategory = tradeCategory;
        this.serviceRegions.clear();
        this.serviceRegions.addAll(serviceRegions);
        this.taxId = taxId;
    }

    void status(VendorStatus status) {
        this.status = status;
    }

    void compliance(LocalDate insuranceExpiresOn, LocalDate licenceExpiresOn, boolean w9OnFile) {
        this.insuranceExpiresOn = insuranceExpiresOn;
        this.licenceExpiresOn = licenceExpiresOn;
        this.w9OnFile = w9OnFile;
    }
}
