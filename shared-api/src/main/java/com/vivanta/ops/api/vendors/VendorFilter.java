package com.vivanta.ops.api.vendors;

/**
 * Criteria for listing vendors; every field is optional (null or blank = no restriction).
 *
 * @param tradeCategory the whole trade category, in any case
 * @param region        one of the vendor's service regions, whole and in any case
 * @param search        part of the name or e-mail, in any case
 */
public record VendorFilter(VendorStatus status, String tradeCategory, String region, String search) {
}
