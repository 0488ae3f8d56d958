package com.vivanta.ops.api.workorder;

import com.vivanta.ops.api.vendors.VendorCompliance.DispatchBlocker;
import java.util.List;

/**
 * A vendor was dispatched although the compliance check said no: what the check found, and why the
 * operator (who holds {@code workorder.override}) went ahead.
 */
public record ComplianceOverride(List<DispatchBlocker> blockers, String reason) {

    public ComplianceOverride {
        blockers = List.copyOf(blockers);
    }
}
