package com.vivanta.ops.benchmark.seed;

import java.util.List;

/**
 * How big a portfolio to seed: {@code full} for the figures in docs/performance.md (thousands of entities),
 * {@code small} for the short run a developer starts before a change.
 *
 * @param invoiceVendors vendors that only the benchmark's own invoices use, so that their totals and dates can
 *                       be kept apart from every other invoice's (the app's soft duplicate check)
 */
public record PortfolioSize(String name, int properties, int unitsPerProperty, int owners, int portalOwners,
                            int vendors, int invoiceVendors, int operators, int approvers, int cases,
                            int workOrders, int invoices) {

    public static final PortfolioSize FULL = new PortfolioSize("full", 25, 20, 40, 8, 40, 60, 16, 8, 1500, 400, 400);
    public static final PortfolioSize SMALL = new PortfolioSize("small", 3, 4, 4, 2, 8, 10, 4, 2, 60, 20, 20);

    public static PortfolioSize named(String name) {
        return List.of(FULL, SMALL).stream().filter(size -> size.name().equals(name)).findFirst()
                   .orElseThrow(() -> new IllegalArgumentException("--portfolio is full or small, not " + name));
    }
}
