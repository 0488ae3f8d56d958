package com.vivanta.ops.command.organization;

import com.vivanta.ops.api.organization.WellKnownOrganizations;
import com.vivanta.ops.command.common.UniqueKey;
import com.vivanta.ops.command.common.UniqueKeys;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The organizations on the platform, as the command side knows them: each claims its slug in the
 * transaction that creates it, so the claims list every organization and never one that failed to be
 * created, without waiting for a read model.
 */
@Component
public class OrganizationDirectory {

    static final String SLUG = "organization-slug";

    private final UniqueKeys uniqueKeys;

    OrganizationDirectory(UniqueKeys uniqueKeys) {
        this.uniqueKeys = uniqueKeys;
    }

    static UniqueKey slugKey(String slug) {
        return UniqueKey.within(WellKnownOrganizations.PLATFORM, SLUG, slug, "slug");
    }

    /** Every organization, the platform organization included, oldest first. */
    public List<UUID> all() {
        return uniqueKeys.holders(WellKnownOrganizations.PLATFORM, SLUG);
    }
}
