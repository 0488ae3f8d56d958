package com.vivanta.ops.command.demo;

import static com.vivanta.ops.api.common.MessageMetadata.CORRELATION_ID;
import static com.vivanta.ops.api.common.MessageMetadata.ORGANIZATION_ID;
import static com.vivanta.ops.api.common.MessageMetadata.USER_ID;

import com.vivanta.ops.api.access.FindRolesQuery;
import com.vivanta.ops.api.access.RegisterUserCommand;
import com.vivanta.ops.api.access.RoleView;
import com.vivanta.ops.api.access.UserStatus;
import com.vivanta.ops.api.access.UserType;
import com.vivanta.ops.api.common.DuplicateException;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.organization.WellKnownOrganizations;
import com.vivanta.ops.api.owners.RegisterOwnerCommand;
import com.vivanta.ops.api.properties.AddBuildingCommand;
import com.vivanta.ops.api.properties.AddUnitCommand;
import com.vivanta.ops.api.properties.Address;
import com.vivanta.ops.api.properties.LinkOwnerCommand;
import com.vivanta.ops.api.properties.OccupancyStatus;
import com.vivanta.ops.api.properties.Ownership;
import com.vivanta.ops.api.properties.PropertyType;
import com.vivanta.ops.api.properties.RegisterPropertyCommand;
import com.vivanta.ops.api.properties.UnitDetails;
import com.vivanta.ops.api.vendors.RegisterVendorCommand;
import com.vivanta.ops.api.vendors.VendorStatus;
import com.vivanta.ops.platform.messaging.Futures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * An opt-in demo portfolio for the default organization ({@code VIVANTA_DEMO_DATA=true}): three properties
 * with buildings and forty units, five owners with portal accounts and approval limits, eight vendors
 * across trades (one with lapsed insurance) and an operations and a finance user.
 *
 * <p>It goes through the same commands as the API, so every rule applies and every fact is an event.
 * Ids are derived from fixed names, so a second start finds everything in place and creates nothing.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "vivanta.demo-data.enabled", havingValue = "true")
class DemoPortfolio implements ApplicationRunner {

    static final String STAFF_PASSWORD = "Demo-Staff-Password-1";
    static final String OWNER_PASSWORD = "Demo-Owner-Password-1";

    private static final Logger log = LoggerFactory.getLogger(DemoPortfolio.class);
    private static final UUID ORGANIZATION = WellKnownOrganizations.DEFAULT;

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoPortfolio(CommandGateway commandGateway, QueryGateway queryGateway, PasswordEncoder passwordEncoder,
                  Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    private record PlannedProperty(String code, String name, Address address, PropertyType type,
                                   List<String> buildings, int unitsPerBuilding, int unitsWithoutBuilding) {
    }

    private record PlannedOwner(String key, String name, String email, boolean company, String property,
                                String percentage, String approvalLimit) {
    }

    private record PlannedVendor(String name, String trade, String email, List<String> regions, int insuranceMonths,
                                 boolean w9OnFile) {
    }

    private static final List<PlannedProperty> PROPERTIES = List.of(
            new PlannedProperty("MAPLE", "Maple Court", new Address("12 Maple Avenue", "Springfield", "62701", "US"),
                                PropertyType.RESIDENTIAL, List.of("A", "B"), 8, 0),
            new PlannedProperty("HARBOR", "Harbor Lofts", new Address("300 Harbor Way", "Springfield", "62702", "US"),
                                PropertyType.MIXED_USE, List.of("Main"), 14, 0),
            new PlannedProperty("OAK", "Oak Street Commons", new Address("45 Oak Street", "Springfield", "62703", "US"),
                                PropertyType.COMMERCIAL, List.of(), 0, 10));

    private static final List<PlannedOwner> OWNERS = List.of(
            new PlannedOwner("alice", "Alice Chen", "alice.chen@owners.demo", false, "MAPLE", "60", "500"),
            new PlannedOwner("bruno", "Bruno Diaz", "bruno.diaz@owners.demo", false, "MAPLE", "40", "500"),
            new PlannedOwner("harbor", "Harbor Holdings LLC", "office@harborholdings.demo", true, "HARBOR", "100",
                             "1500"),
            new PlannedOwner("dana", "Dana Fischer", "dana.fischer@owners.demo", false, "OAK", "50", "750"),
            new PlannedOwner("erik", "Erik Holm", "erik.holm@owners.demo", false, "OAK", "50", "300"));

    private static final List<PlannedVendor> VENDORS = List.of(
            new PlannedVendor("Flowright Plumbing", "plumbing", "jobs@flowright.demo", List.of("springfield"), 10,
                              true),
            new PlannedVendor("Bright Spark Electric", "electrical", "dispatch@brightspark.demo",
                              List.of("springfield", "shelbyville"), 7, true),
            new PlannedVendor("Cool Air HVAC", "hvac", "service@coolair.demo", List.of("springfield"), 5, true),
            // Lapsed insurance: the compliance check refuses to dispatch this one.
            new PlannedVendor("QuickFix Roofing", "roofing", "hello@quickfix.demo", List.of("springfield"), -2, true),
            new PlannedVendor("Keystone Locksmiths", "locksmith", "keys@keystone.demo", List.of("springfield"), 12,
                              true),
            new PlannedVendor("Spotless Cleaning", "cleaning", "team@spotless.demo", List.of("springfield"), 9, false),
            new PlannedVendor("Greenway Landscaping", "landscaping", "crew@greenway.demo", List.of("shelbyville"), 8,
                              true),
            new PlannedVendor("Sturdy Build Contractors", "general", "office@sturdybuild.demo", List.of("springfield"),
                              14, true));

    @Override
    public void run(ApplicationArguments args) {
        Map<String, UUID> roles = roleIds();
        staff("ops", "Olivia", "Operations", "ops@vivanta.demo", roles.get("operations"));
        staff("finance", "Felix", "Finance", "finance@vivanta.demo", roles.get("finance"));
        PROPERTIES.forEach(this::property);
        OWNERS.forEach(owner -> owner(owner, roles.get("owner")));
        VENDORS.forEach(this::vendor);
        log.info("Demo portfolio in place: {} properties, {} owners, {} vendors", PROPERTIES.size(), OWNERS.size(),
                 VENDORS.size());
    }

    private void staff(String key, String firstName, String lastName, String email, UUID role) {
        create(new RegisterUserCommand(id("user", key), email, firstName, lastName, UserType.INTERNAL,
                                       UserStatus.ACTIVE, null, Set.of(role),
                                       passwordEncoder.encode(STAFF_PASSWORD)));
    }

    private void property(PlannedProperty planned) {
        UUID propertyId = id("property", planned.code());
        create(new RegisterPropertyCommand(propertyId, planned.code(), planned.name(), planned.address(),
                                           planned.type(), null, null));
        int number = 1;
        for (String building : planned.buildings()) {
            UUID buildingId = id("building", planned.code() + "/" + building);
            create(new AddBuildingCommand(propertyId, buildingId, "Building " + building, building));
            for (int i = 1; i <= planned.unitsPerBuilding(); i++) {
                unit(propertyId, planned.code(), building + "-" + i, buildingId, number++);
            }
        }
        for (int i = 1; i <= planned.unitsWithoutBuilding(); i++) {
            unit(propertyId, planned.code(), "Suite " + (100 + i), null, number++);
        }
    }

    private void unit(UUID propertyId, String propertyCode, String unitNumber, UUID buildingId, int seed) {
        OccupancyStatus occupancy = seed % 5 == 0 ? OccupancyStatus.VACANT : OccupancyStatus.OCCUPIED;
        create(new AddUnitCommand(propertyId, id("unit", propertyCode + "/" + unitNumber), unitNumber, new UnitDetails(
                buildingId, String.valueOf(1 + seed % 4), seed % 3 == 0 ? "3BR" : "2BR",
                new BigDecimal(55 + seed * 3 % 40), 2 + seed % 2, new BigDecimal("1.5"), occupancy)));
    }

    private void owner(PlannedOwner planned, UUID ownerRole) {
        UUID ownerId = id("owner", planned.key());
        create(new RegisterOwnerCommand(ownerId, planned.name(), planned.email(), null, planned.company(), null));
        create(new LinkOwnerCommand(id("property", planned.property()), ownerId, new Ownership(
                new BigDecimal(planned.percentage()), LocalDate.of(2020, 1, 1), null,
                "alice".equals(planned.key()) || "harbor".equals(planned.key()) || "dana".equals(planned.key()),
                Money.of(planned.approvalLimit(), "USD"))));
        create(new RegisterUserCommand(id("portal-user", planned.key()), "portal." + planned.email(),
                                       planned.name().split(" ")[0], "(owner portal)", UserType.OWNER,
                                       UserStatus.ACTIVE, ownerId, Set.of(ownerRole),
                                       passwordEncoder.encode(OWNER_PASSWORD)));
    }

    private void vendor(PlannedVendor planned) {
        LocalDate today = LocalDate.now(clock);
        create(new RegisterVendorCommand(id("vendor", planned.name()), planned.name(), "company", planned.email(),
                                         null, planned.trade(), planned.regions(), null, VendorStatus.ACTIVE,
                                         today.plusMonths(planned.insuranceMonths()), null, planned.w9OnFile()));
    }

    /** Sends a creating command; finding it done already (a second start) is not a failure. */
    private void create(Object command) {
        try {
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(
                    ORGANIZATION_ID, ORGANIZATION.toString(), USER_ID, MessageMetadata.SYSTEM_USER,
                    CORRELATION_ID, "demo-portfolio")));
        } catch (AggregateStreamCreationException | DuplicateException alreadyThere) {
            log.debug("Demo data already present: {}", command.getClass().getSimpleName());
        }
    }

    private Map<String, UUID> roleIds() {
        List<RoleView> roles = Futures.join(queryGateway.query(new FindRolesQuery(ORGANIZATION),
                                                               ResponseTypes.multipleInstancesOf(RoleView.class)));
        Map<String, UUID> ids = new HashMap<>();
        roles.forEach(role -> ids.put(role.roleName(), role.id()));
        return ids;
    }

    private static UUID id(String kind, String key) {
        return UUID.nameUUIDFromBytes(("demo/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8));
    }
}
