package com.vivanta.ops.command.vendors;

import static com.vivanta.ops.command.common.Patching.choose;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.vivanta.ops.api.vendors.RegisterVendorCommand;
import com.vivanta.ops.api.vendors.ReviseVendorCommand;
import com.vivanta.ops.api.vendors.VendorComplianceUpdatedEvent;
import com.vivanta.ops.api.vendors.VendorDetailsRevisedEvent;
import com.vivanta.ops.api.vendors.VendorRegisteredEvent;
import com.vivanta.ops.api.vendors.VendorStatus;
import com.vivanta.ops.api.vendors.VendorStatusChangedEvent;
import com.vivanta.ops.command.common.CommandMetadata;
import com.vivanta.ops.command.common.Normalization;
import com.vivanta.ops.command.common.OrganizationOwnedAggregate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A vendor in the organization's directory: who it is, where it works, whether the organization works
 * with it, and the compliance documents (insurance, licence, W-9) dispatch and payment depend on.
 * Vendors need not be unique: two branches of one company may be listed under the same name.
 */
@Aggregate
class Vendor extends OrganizationOwnedAggregate {

    @AggregateIdentifier
    private UUID vendorId;
    private String name;
    private String vendorType;
    private String email;
    private String phone;
    private String tradeCategory;
    private List<String> serviceRegions;
    private String taxId;
    private VendorStatus status;
    private LocalDate insuranceExpiresOn;
    private LocalDate licenceExpiresOn;
    private boolean w9OnFile;

    Vendor() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    Vendor(RegisterVendorCommand command, MetaData metaData) {
        apply(new VendorRegisteredEvent(command.vendorId(),
                                        CommandMetadata.organizationId(metaData),
                                        command.name(),
                                        command.vendorType(),
                                        Normalization.email(command.email(), "email"),
                                        command.phone(),
                                        command.tradeCategory(),
                                        normalizedRegions(command.serviceRegions()),
                                        command.taxId(),
                                        command.status() == null ? VendorStatus.ACTIVE : command.status(),
                                        command.insuranceExpiresOn(),
                                        command.licenceExpiresOn(),
                                        Boolean.TRUE.equals(command.w9OnFile())));
    }

    @CommandHandler
    void handle(ReviseVendorCommand command) {
        reviseDetails(command);
        if (command.status() != null && command.status() != status) {
            apply(new VendorStatusChangedEvent(vendorId, status, command.status()));
        }
        LocalDate newInsurance = choose(command.insuranceExpiresOn(), insuranceExpiresOn);
        LocalDate newLicence = choose(command.licenceExpiresOn(), licenceExpiresOn);
        boolean newW9OnFile = command.w9OnFile() == null ? w9OnFile : command.w9OnFile();
        if (!Objects.equals(newInsurance, insuranceExpiresOn) || !Objects.equals(newLicence, licenceExpiresOn)
                || newW9OnFile != w9OnFile) {
            apply(new VendorComplianceUpdatedEvent(vendorId, newInsurance, newLicence, newW9OnFile));
        }
    }

    private void reviseDetails(ReviseVendorCommand command) {
        String newName = command.name() == null ? name : command.name();
        String newVendorType = choose(command.vendorType(), vendorType);
        String newEmail = Normalization.email(choose(command.email(), email), "email");
        String newPhone = choose(command.phone(), phone);
        String newTradeCategory = choose(command.tradeCategory(), tradeCategory);
        List<String> newRegions = command.serviceRegions() == null
                ? serviceRegions : normalizedRegions(command.serviceRegions());
        String newTaxId = choose(command.taxId(), taxId);
        if (!Objects.equals(newName, name) || !Objects.equals(newVendorType, vendorType)
                || !Objects.equals(newEmail, email) || !Objects.equals(newPhone, phone)
                || !Objects.equals(newTradeCategory, tradeCategory) || !newRegions.equals(serviceRegions)
                || !Objects.equals(newTaxId, taxId)) {
            apply(new VendorDetailsRevisedEvent(vendorId, newName, newVendorType, newEmail, newPhone,
                                                newTradeCategory, newRegions, newTaxId));
        }
    }

    /**
     * Regions are trimmed and listed once each, in the order given; "North" and "north " are the same
     * region (the first spelling wins), as the region filter matches in any case.
     */
    private static List<String> normalizedRegions(List<String> regions) {
        if (regions == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        List<String> normalized = new ArrayList<>();
        for (String region : regions) {
            String trimmed = region.trim();
            if (seen.add(trimmed.toLowerCase(Locale.ROOT))) {
                normalized.add(trimmed);
            }
        }
        return List.copyOf(normalized);
    }

    @EventSourcingHandler
    void on(VendorRegisteredEvent event) {
        vendorId = event.vendorId();
        organizationId = event.organizationId();
        name = event.name();
        vendorType = event.vendorType();
        email = event.email();
        phone = event.phone();
        tradeCategory = event.tradeCategory();
        serviceRegions = event.serviceRegions();
        taxId = event.taxId();
        status = event.status();
        insuranceExpiresOn = event.insuranceExpiresOn();
        licenceExpiresOn = event.licenceExpiresOn();
        w9OnFile = event.w9OnFile();
    }

    @EventSourcingHandler
    void on(VendorDetailsRevisedEvent event) {
        name = event.name();
        vendorType = event.vendorType();
        email = event.email();
        phone = event.phone();
        tradeCategory = event.tradeCategory();
        serviceRegions = event.serviceRegions();
        taxId = event.taxId();
    }

    @EventSourcingHandler
    void on(VendorStatusChangedEvent event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(VendorComplianceUpdatedEvent event) {
        insuranceExpiresOn = event.insuranceExpiresOn();
        licenceExpiresOn = event.licenceExpiresOn();
        w9OnFile = event.w9OnFile();
    }

    @Override
    protected String entityType() {
        return "Vendor";
    }

    @Override
    protected UUID id() {
        return vendorId;
    }
}
