package com.vivanta.ops.api.vendors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Whether a vendor may be sent work and be paid on a given day, following operators' practice: nobody is
 * dispatched without a valid insurance certificate (and, where one is needed, a valid licence), nobody
 * is paid without a W-9 on file, and only ACTIVE vendors are either.
 *
 * <p>{@link #assess} is a pure function of the vendor's view and the day, so that every place that needs
 * the answer gets the same one: the compliance endpoint today, and the command side when it gates
 * work-order assignment (and later payment) by fetching the vendor with {@code FindVendorQuery} through
 * the query gateway and refusing when the vendor is not {@link #dispatchable()}.
 *
 * @param reasons         why the vendor may not be dispatched; empty when it may
 * @param paymentBlockers why the vendor may not be paid; empty when it may
 */
public record VendorCompliance(UUID vendorId,
                               LocalDate checkedOn,
                               boolean dispatchable,
                               List<DispatchBlocker> reasons,
                               boolean paymentReady,
                               List<PaymentBlocker> paymentBlockers) {

    /** What keeps a vendor from being dispatched. */
    public enum DispatchBlocker {
        /** The vendor's status is not ACTIVE. */
        VENDOR_INACTIVE,
        /** No insurance certificate is on file. */
        INSURANCE_MISSING,
        /** The insurance certificate expired before the day checked. */
        INSURANCE_EXPIRED,
        /** The licence expired before the day checked. */
        LICENCE_EXPIRED
    }

    /** What keeps a vendor from being paid. */
    public enum PaymentBlocker {
        /** The vendor's status is not ACTIVE. */
        VENDOR_INACTIVE,
        /** No W-9 is on file. */
        W9_MISSING
    }

    public VendorCompliance {
        reasons = List.copyOf(reasons);
        paymentBlockers = List.copyOf(paymentBlockers);
    }

    /**
     * The vendor's standing on {@code on}. A document expiring on that very day still covers it; it is
     * expired from the next day on. A vendor without a licence date needs none. Reasons are listed in
     * the order of their enum.
     */
    public static VendorCompliance assess(VendorView vendor, LocalDate on) {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(on, "on");
        boolean active = vendor.status() == VendorStatus.ACTIVE;

        List<DispatchBlocker> reasons = new ArrayList<>();
        if (!active) {
            reasons.add(DispatchBlocker.VENDOR_INACTIVE);
        }
        if (vendor.insuranceExpiresOn() == null) {
            reasons.add(DispatchBlocker.INSURANCE_MISSING);
        } else if (vendor.insuranceExpiresOn().isBefore(on)) {
            reasons.add(DispatchBlocker.INSURANCE_EXPIRED);
        }
        if (vendor.licenceExpiresOn() != null && vendor.licenceExpiresOn().isBefore(on)) {
            reasons.add(DispatchBlocker.LICENCE_EXPIRED);
        }

        List<PaymentBlocker> paymentBlockers = new ArrayList<>();
        if (!active) {
            paymentBlockers.add(PaymentBlocker.VENDOR_INACTIVE);
        }
        if (!vendor.w9OnFile()) {
            paymentBlockers.add(PaymentBlocker.W9_MISSING);
        }
        return new VendorCompliance(vendor.id(), on, reasons.isEmpty(), reasons, paymentBlockers.isEmpty(),
                                    paymentBlockers);
    }
}
