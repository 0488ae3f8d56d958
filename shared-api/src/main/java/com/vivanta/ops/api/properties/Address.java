package com.vivanta.ops.api.properties;

/** A postal address; every part is optional. {@code countryCode} is ISO 3166-1 alpha-2. */
public record Address(String street, String city, String postalCode, String countryCode) {

    public static final Address NONE = new Address(null, null, null, null);
}
