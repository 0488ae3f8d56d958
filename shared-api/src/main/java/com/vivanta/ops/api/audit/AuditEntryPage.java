package com.vivanta.ops.api.audit;

import com.vivanta.ops.api.common.Page;
import java.util.List;

/** A page of the audit log. */
public record AuditEntryPage(List<AuditEntryView> items, long total, int limit, int offset)
        implements Page<AuditEntryView> {

    public AuditEntryPage {
        items = List.copyOf(items);
    }
}
