package com.vivanta.ops.api.portal;

import com.vivanta.ops.api.common.Page;
import java.util.List;

/** A page of the owner portal's invoices. */
public record PortalInvoicePage(List<PortalInvoiceView> items, long total, int limit, int offset)
        implements Page<PortalInvoiceView> {

    public PortalInvoicePage {
        items = List.copyOf(items);
    }
}
