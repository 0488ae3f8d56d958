package com.vivanta.ops.api.vendors;

import static com.vivanta.ops.api.vendors.VendorCompliance.DispatchBlocker.INSURANCE_EXPIRED;
import static com.vivanta.ops.api.vendors.VendorCompliance.DispatchBlocker.INSURANCE_MISSING;
import static com.vivanta.ops.api.vendors.VendorCompliance.DispatchBlocker.LICENCE_EXPIRED;
import static com.vivanta.ops.api.vendors.VendorCompliance.PaymentBlocker.W9_MISSING;
import static org.assertj.core.api.Assertions.assertThat;

import com.vivanta.ops.api.vendors.VendorCompliance.DispatchBlocker;
import com.vivanta.ops.api.vendors.VendorCompliance.PaymentBlocker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VendorComplianceTest {

    private static final LocalDate ON = LocalDate.of(2026, 3, 15);
    private static final UUID VENDOR = UUID.randomUUID();

    private static VendorView vendor(VendorStatus status, LocalDate insurance, LocalDate licence, boolean w9) {
        return new VendorView(VENDOR, UUID.randomUUID(), "Acme Plumbing", null, null, null, "plumbing", List.of(),
                              null, status, insurance, licence, w9, Instant.EPOCH, Instant.EPOCH, 0);
    }

    private static VendorView compliant() {
        return vendor(VendorStatus.ACTIVE, ON.plusYears(1), ON.plusYears(1), true);
    }

    @Test
    void aFullyCompliantVendorMayBeDispatchedAndPaid() {
        VendorCompliance compliance = VendorCompliance.assess(compliant(), ON);

        assertThat(compliance).isEqualTo(new VendorCompliance(VENDOR, ON, true, List.of(), true, List.of()));
    }

    @Test
    void aVendorNeedingNoLicenceIsCompliantWithoutOne() {
        VendorCompliance compliance = VendorCompliance.assess(vendor(VendorStatus.ACTIVE, ON, null, true), ON);

        assertThat(compliance.dispatchable()).isTrue();
        assertThat(compliance.reasons()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = VendorStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void aVendorThatIsNotActiveIsNeitherDispatchedNorPaid(VendorStatus status) {
        VendorCompliance compliance = VendorCompliance.assess(vendor(status, ON.plusYears(1), null, true), ON);

        assertThat(compliance.dispatchable()).isFalse();
        assertThat(compliance.reasons()).containsExactly(DispatchBlocker.VENDOR_INACTIVE);
        assertThat(compliance.paymentReady()).isFalse();
        assertThat(compliance.paymentBlockers()).containsExactly(PaymentBlocker.VENDOR_INACTIVE);
    }

    @Test
    void noInsuranceCertificateBlocksDispatchButNotPayment() {
        VendorCompliance compliance = VendorCompliance.assess(vendor(VendorStatus.ACTIVE, null, null, true), ON);

        assertThat(compliance.dispatchable()).isFalse();
        assertThat(compliance.reasons()).containsExactly(INSURANCE_MISSING);
        assertThat(compliance.paymentReady()).isTrue();
    }

    @Test
    void insuranceCoversTheDayItExpiresOnAndNotTheDayAfter() {
        VendorView expiringToday = vendor(VendorStatus.ACTIVE, ON, null, true);

        assertThat(VendorCompliance.assess(expiringToday, ON).reasons()).isEmpty();
        assertThat(VendorCompliance.assess(expiringToday, ON.minusDays(1)).reasons()).isEmpty();
        assertThat(VendorCompliance.assess(expiringToday, ON.plusDays(1)).reasons()).containsExactly(INSURANCE_EXPIRED);
        assertThat(VendorCompliance.assess(expiringToday, ON.plusDays(1)).dispatchable()).isFalse();
    }

    @Test
    void aLicenceCoversTheDayItExpiresOnAndNotTheDayAfter() {
        VendorView licenceEndsToday = vendor(VendorStatus.ACTIVE, ON.plusYears(1), ON, true);

        assertThat(VendorCompliance.assess(licenceEndsToday, ON).dispatchable()).isTrue();
        assertThat(VendorCompliance.assess(licenceEndsToday, ON.plusDays(1)).reasons())
                .containsExactly(LICENCE_EXPIRED);
    }

    @Test
    void aMissingW9BlocksPaymentButNotDispatch() {
        VendorCompliance compliance = VendorCompliance.assess(vendor(VendorStatus.ACTIVE, ON, ON, false), ON);

        assertThat(compliance.dispatchable()).isTrue();
        assertThat(compliance.paymentReady()).isFalse();
        assertThat(compliance.paymentBlockers()).containsExactly(W9_MISSING);
    }

    @Test
    void listsEveryReasonAtOnceInAFixedOrder() {
        VendorView everythingWrong = vendor(VendorStatus.SUSPENDED, ON.minusDays(1), ON.minusDays(1), false);

        VendorCompliance compliance = VendorCompliance.assess(everythingWrong, ON);

        assertThat(compliance.reasons()).containsExactly(DispatchBlocker.VENDOR_INACTIVE, INSURANCE_EXPIRED,
                                                         LICENCE_EXPIRED);
        assertThat(compliance.paymentBlockers()).containsExactly(PaymentBlocker.VENDOR_INACTIVE, W9_MISSING);
        assertThat(VendorCompliance.assess(vendor(VendorStatus.INACTIVE, null, null, false), ON).reasons())
                .containsExactly(DispatchBlocker.VENDOR_INACTIVE, INSURANCE_MISSING);
    }

    @Test
    void reportsTheVendorAndTheDayChecked() {
        VendorCompliance compliance = VendorCompliance.assess(compliant(), ON.minusYears(3));

        assertThat(compliance.vendorId()).isEqualTo(VENDOR);
        assertThat(compliance.checkedOn()).isEqualTo(ON.minusYears(3));
    }
}
