package com.vivanta.ops.api.invoice;

import com.vivanta.ops.api.common.Page;
import java.util.List;

/** A page of invoices. */
public record InvoicePage(List<InvoiceView> items, long total, int limit, int offset) implements Page<InvoiceView> {

    public InvoicePage {
        items = List.copyOf(items);
    }
}
