package com.vivanta.ops.benchmark.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The portfolio's directory, through the API as an administrator would enter it: staff users with roles,
 * properties with buildings and units, owners linked with shares and approval limits (some of them with
 * owner portal accounts), vendors with their compliance papers, and the approval policy.
 */
final class DirectorySeeding {

    /** A signed-in user: the id for references, the token for the load scripts. */
    record SignedInUser(String id, String token) {
    }

    /** A property with its units and the strictest approval limit of its owners in USD (null: none). */
    record SeededProperty(String id, List<String> unitIds, Integer ownersApprovalLimitUsd) {
    }

    record PortalOwner(String ownerId, String token, List<String> propertyIds) {
    }

    record Directory(List<SignedInUser> operators, List<SignedInUser> approvers, List<SeededProperty> properties,
                     List<PortalOwner> portalOwners, List<String> dispatchVendorIds, List<String> invoiceVendorIds,
                     Map<String, Integer> counts) {
    }

    static final String PASSWORD = "Bench-Password-2026";

    private static final String[] FIRST_NAMES = {"Olivia", "Liam", "Emma", "Noah", "Ava", "Mateo", "Sofia", "Elijah",
                                                 "Mia", "Lucas", "Amara", "Kenji", "Priya", "Jonas", "Leila", "Tomás"};
    private static final String[] LAST_NAMES = {"Nguyen", "Garcia", "Okafor", "Schmidt", "Rossi", "Kowalski", "Haddad",
                                                "Lindqvist", "Moreau", "Tanaka", "Silva", "O'Brien"};
    private static final String[] STREETS = {"Maple", "Harbour", "Elm", "Cedar", "Lakeview", "Station", "Mill",
                                             "Orchard", "Bridge", "Willow", "Park", "Canal", "Chestnut", "Hillside"};
    private static final String[] CITIES = {"Springfield", "Riverton", "Fairview", "Kingsport", "Bayside"};
    private static final String[] PROPERTY_TYPES = {"RESIDENTIAL", "RESIDENTIAL", "RESIDENTIAL", "MIXED_USE",
                                                    "COMMERCIAL"};
    static final String[] TRADES = {"plumbing", "electrical", "hvac", "roofing", "glazing", "locksmith",
                                    "painting", "general"};
    /** Limits of the properties' primary owners, in turn; none of them is below the benchmark's 500 USD. */
    private static final Integer[] PRIMARY_OWNER_LIMITS_USD = {500, 1000, 2500, 5000, null};
    private static final int[][] SHARES_BY_OWNER_COUNT = {{100}, {60, 40}, {50, 30, 20}};
    private static final int BUILDINGS_PER_PROPERTY = 2;
    /** One vendor in this many has a lapsed insurance certificate, and as many have none at all. */
    private static final int NON_COMPLIANT_EVERY = 8;

    private final ApiClient api;
    private final Parallel parallel;
    private final String adminToken;
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    DirectorySeeding(ApiClient api, Parallel parallel, String adminToken) {
        this.api = api;
        this.parallel = parallel;
        this.adminToken = adminToken;
    }

    Directory seed(PortfolioSize size) {
        Map<String, String> roleIds = roleIdsByName();
        List<SignedInUser> operators = staff("operator", size.operators(), roleIds.get("operations"));
        List<SignedInUser> approvers = staff("approver", size.approvers(), roleIds.get("finance"));
        List<String> propertyIds = properties(size.properties(), operators);
        List<List<String>> unitIds = buildingsAndUnits(propertyIds, size.unitsPerProperty());
        List<String> ownerIds = owners(size.owners());
        Map<String, Integer> limits = new HashMap<>();
        Map<String, List<String>> propertiesByOwner = ownerships(propertyIds, ownerIds, size.portalOwners(), limits);
        List<PortalOwner> portalOwners = portalOwners(ownerIds.subList(0, Math.min(size.portalOwners(),
                                                                                   ownerIds.size())),
                                                      propertiesByOwner, roleIds.get("owner"));
        List<String> dispatchVendors = vendors("Vendor", size.vendors(), true);
        List<String> invoiceVendors = vendors("Invoice vendor", size.invoiceVendors(), false);
        approvalPolicy();

        List<SeededProperty> properties = new ArrayList<>();
        for (int i = 0; i < propertyIds.size(); i++) {
            properties.add(new SeededProperty(propertyIds.get(i), unitIds.get(i), limits.get(propertyIds.get(i))));
        }
        return new Directory(operators, approvers, properties, portalOwners, dispatchVendors, invoiceVendors, counts);
    }

    private Map<String, String> roleIdsByName() {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode role : api.get(adminToken, "/api/v1/roles")) {
            ids.put(role.path("roleName").asText(), role.path("id").asText());
        }
        for (String needed : List.of("operations", "finance", "owner")) {
            if (!ids.containsKey(needed)) {
                throw new IllegalStateException("The organization has no role '" + needed + "': " + ids.keySet());
            }
        }
        return ids;
    }

    private List<SignedInUser> staff(String kind, int count, String roleId) {
        List<SignedInUser> users = parallel.map(kind + " users", numbers(count), number -> {
            String email = String.format("%s%02d@bench.vivanta.local", kind, number);
            String id = api.post(adminToken, "/api/v1/users", Map.of(
                    "email", email, "firstName", FIRST_NAMES[number % FIRST_NAMES.length],
                    "lastName", LAST_NAMES[number % LAST_NAMES.length], "userType", "INTERNAL",
                    "password", PASSWORD, "roleIds", List.of(roleId))).path("id").asText();
            return new SignedInUser(id, api.signIn(email, PASSWORD));
        });
        counts.put(kind + " users (role " + (kind.equals("operator") ? "operations" : "finance") + ")", users.size());
        return users;
    }

    private List<String> properties(int count, List<SignedInUser> managers) {
        List<String> ids = parallel.map("properties", numbers(count), number -> {
            Map<String, Object> body = new HashMap<>(Map.of(
                    "propertyCode", String.format("BP%03d", number),
                    "name", STREETS[number % STREETS.length] + " " + (number % 2 == 0 ? "Court" : "House") + " "
                            + number,
                    "street", number + " " + STREETS[(number * 3) % STREETS.length] + " Street",
                    "city", CITIES[number % CITIES.length], "postalCode", String.format("%05d", 10_000 + number),
                    "countryCode", "US", "propertyType", PROPERTY_TYPES[number % PROPERTY_TYPES.length]));
            body.put("managerUserId", managers.get(number % managers.size()).id());
            return api.post(adminToken, "/api/v1/properties", body).path("id").asText();
        });
        counts.put("properties", ids.size());
        return ids;
    }

    /** Two buildings per property, and units spread over them; answers each property's unit ids. */
    private List<List<String>> buildingsAndUnits(List<String> propertyIds, int unitsPerProperty) {
        record Building(int property, String code, String id) {
        }
        List<int[]> buildingSlots = new ArrayList<>();
        for (int property = 0; property < propertyIds.size(); property++) {
            for (int building = 0; building < BUILDINGS_PER_PROPERTY; building++) {
                buildingSlots.add(new int[] {property, building});
            }
        }
        List<Building> buildings = parallel.map("buildings", buildingSlots, slot -> {
            String code = String.valueOf((char) ('A' + slot[1]));
            String id = api.post(adminToken, "/api/v1/properties/" + propertyIds.get(slot[0]) + "/buildings",
                                 Map.of("name", "Building " + code, "buildingCode", code)).path("id").asText();
            return new Building(slot[0], code, id);
        });
        record UnitSlot(Building building, int number) {
        }
        List<UnitSlot> unitSlots = new ArrayList<>();
        for (Building building : buildings) {
            for (int number = 0; number < unitsPerProperty / BUILDINGS_PER_PROPERTY; number++) {
                unitSlots.add(new UnitSlot(building, number));
            }
        }
        String[] occupancy = {"OCCUPIED", "OCCUPIED", "OCCUPIED", "VACANT", "RESERVED"};
        record Unit(int property, String id) {
        }
        List<Unit> units = parallel.map("units", unitSlots, slot -> {
            int floor = slot.number() / 4 + 1;
            String unitNumber = slot.building().code() + "-" + floor + String.format("%02d", slot.number() % 4 + 1);
            Map<String, Object> body = Map.of(
                    "unitNumber", unitNumber, "buildingId", slot.building().id(), "floorLabel", String.valueOf(floor),
                    "unitType", "apartment", "squareMeters", 45 + (slot.number() * 7) % 60,
                    "bedroomCount", 1 + slot.number() % 3, "bathroomCount", 1,
                    "occupancyStatus", occupancy[slot.number() % occupancy.length]);
            String id = api.post(adminToken, "/api/v1/properties/" + propertyIds.get(slot.building().property())
                                             + "/units", body).path("id").asText();
            return new Unit(slot.building().property(), id);
        });
        List<List<String>> byProperty = new ArrayList<>();
        propertyIds.forEach(id -> byProperty.add(new ArrayList<>()));
        units.forEach(unit -> byProperty.get(unit.property()).add(unit.id()));
        counts.put("buildings", buildings.size());
        counts.put("units", units.size());
        return byProperty;
    }

    private List<String> owners(int count) {
        List<String> ids = parallel.map("owners", numbers(count), number -> {
            boolean company = number % 4 == 3;
            String name = company ? STREETS[number % STREETS.length] + " Holdings LLC"
                                  : FIRST_NAMES[number % FIRST_NAMES.length] + " " + LAST_NAMES[number % LAST_NAMES.length];
            return api.post(adminToken, "/api/v1/owners", Map.of(
                    "displayName", name, "email", String.format("owner%02d@owners.example", number),
                    "phone", String.format("+1 555 01%02d", number % 100), "isCompany", company)).path("id").asText();
        });
        counts.put("owners", ids.size());
        return ids;
    }

    /**
     * Links one to three owners to each property, with shares adding up to 100 %. The primary owners are the
     * portal owners in turn, so each portal owner holds several properties; only they set approval limits
     * ({@link #PRIMARY_OWNER_LIMITS_USD}). Links of one property go one after the other: shares running at the
     * same time are checked together. Answers the property ids each owner holds; fills in the limits.
     */
    private Map<String, List<String>> ownerships(List<String> propertyIds, List<String> ownerIds, int primaryOwners,
                                                 Map<String, Integer> limitsByProperty) {
        int primaries = Math.max(1, Math.min(primaryOwners, ownerIds.size()));
        List<Integer> properties = IntStream.range(0, propertyIds.size()).boxed().toList();
        List<List<String[]>> links = parallel.map("ownership links", properties, property -> {
            int[] shares = SHARES_BY_OWNER_COUNT[property % SHARES_BY_OWNER_COUNT.length];
            List<String[]> linked = new ArrayList<>();
            int secondaryOwners = ownerIds.size() - primaries;
            for (int position = 0; position < shares.length; position++) {
                if (position > 0 && secondaryOwners == 0) {
                    break;
                }
                String ownerId = position == 0 ? ownerIds.get(property % primaries)
                        : ownerIds.get(primaries + (property * 2 + position) % secondaryOwners);
                if (linked.stream().anyMatch(link -> link[0].equals(ownerId))) {
                    continue;
                }
                Map<String, Object> terms = new HashMap<>(Map.of(
                        "ownershipPercentage", shares[position],
                        "startDate", String.format("%d-%02d-01", 2016 + property % 8, 1 + property % 12),
                        "isPrimaryContact", position == 0));
                Integer limit = position == 0 ? PRIMARY_OWNER_LIMITS_USD[property % PRIMARY_OWNER_LIMITS_USD.length]
                        : null;
                if (limit != null) {
                    terms.put("approvalLimit", Map.of("amount", limit + ".00", "currency", "USD"));
                }
                api.post(adminToken, "/api/v1/owners/" + ownerId + "/properties/" + propertyIds.get(property), terms);
                linked.add(new String[] {ownerId, propertyIds.get(property), limit == null ? "" : limit.toString()});
            }
            return linked;
        });
        Map<String, List<String>> byOwner = new HashMap<>();
        int count = 0;
        for (List<String[]> propertyLinks : links) {
            for (String[] link : propertyLinks) {
                byOwner.computeIfAbsent(link[0], owner -> new ArrayList<>()).add(link[1]);
                if (!link[2].isEmpty()) {
                    limitsByProperty.merge(link[1], Integer.valueOf(link[2]), Math::min);
                }
                count++;
            }
        }
        counts.put("ownership links", count);
        return byOwner;
    }

    private List<PortalOwner> portalOwners(List<String> ownerIds, Map<String, List<String>> propertiesByOwner,
                                           String ownerRoleId) {
        List<Integer> withProperties = IntStream.range(0, ownerIds.size())
                .filter(index -> propertiesByOwner.containsKey(ownerIds.get(index))).boxed().toList();
        List<PortalOwner> owners = parallel.map("owner portal users", withProperties, index -> {
            String ownerId = ownerIds.get(index);
            String email = String.format("portal%02d@owners.example", index);
            api.post(adminToken, "/api/v1/users", Map.of(
                    "email", email, "firstName", FIRST_NAMES[index % FIRST_NAMES.length], "lastName", "Owner",
                    "userType", "OWNER", "ownerId", ownerId, "password", PASSWORD, "roleIds", List.of(ownerRoleId)));
            return new PortalOwner(ownerId, api.signIn(email, PASSWORD), propertiesByOwner.get(ownerId));
        });
        counts.put("owner portal users", owners.size());
        return owners;
    }

    /**
     * Vendors of every trade. With {@code someNonCompliant}, a few have a lapsed or no insurance certificate
     * (the compliance gate refuses to dispatch them); answers the ids of the dispatchable ones.
     */
    private List<String> vendors(String kind, int count, boolean someNonCompliant) {
        record Vendor(String id, boolean dispatchable) {
        }
        List<Vendor> vendors = parallel.map(kind.toLowerCase() + "s", numbers(count), number -> {
            String trade = TRADES[number % TRADES.length];
            boolean lapsed = someNonCompliant && number % NON_COMPLIANT_EVERY == 0;
            boolean uninsured = someNonCompliant && number % NON_COMPLIANT_EVERY == NON_COMPLIANT_EVERY / 2;
            Map<String, Object> body = new HashMap<>(Map.of(
                    "name", String.format("%s %s %02d", capitalized(trade), kind.equals("Vendor") ? "Services"
                            : "Supplies", number),
                    "vendorType", "contractor", "email", String.format("%s%02d@vendors.example",
                                                                       kind.replace(" ", "-").toLowerCase(), number),
                    "tradeCategory", trade, "serviceRegions", List.of(CITIES[number % CITIES.length]),
                    "taxId", String.format("TX-%05d", number), "w9OnFile", true));
            if (!uninsured) {
                body.put("insuranceExpiresOn", lapsed ? "2024-06-30" : "2030-12-31");
            }
            String id = api.post(adminToken, "/api/v1/vendors", body).path("id").asText();
            return new Vendor(id, !lapsed && !uninsured);
        });
        List<String> dispatchable = vendors.stream().filter(Vendor::dispatchable).map(Vendor::id).toList();
        counts.put(kind.toLowerCase() + "s" + (someNonCompliant ? " (" + (vendors.size() - dispatchable.size())
                                                                  + " without valid insurance)" : ""), vendors.size());
        return dispatchable;
    }

    /**
     * Every invoice needs a step (no "approved by policy"): capital spend and large invoices go to finance and
     * then management, everything else to one "Finance approval" step that any holder of the finance role
     * decides. The benchmark's own invoices are of that kind, so its approvers can decide them.
     */
    private void approvalPolicy() {
        Map<String, Object> finance = Map.of("name", "Finance approval", "roleName", "finance", "mode", "ANY");
        Map<String, Object> management = Map.of("name", "Management approval", "roleName", "admin", "mode", "ANY");
        api.put(adminToken, "/api/v1/approval-policy", Map.of(
                "nteTolerancePercent", 10, "requireApprovalForAll", true,
                "rules", List.of(
                        Map.of("name", "Capital spend", "categories", List.of("CAPITAL"),
                               "steps", List.of(finance, management)),
                        Map.of("name", "Large invoices", "minAmount", Map.of("amount", "5000.00", "currency", "USD"),
                               "steps", List.of(finance, management)),
                        Map.of("name", "Everything else", "steps", List.of(finance)))));
        counts.put("approval policy rules", 3);
    }

    static List<Integer> numbers(int count) {
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
