package com.vivanta.ops.query.access;

import com.vivanta.ops.api.access.UserStatus;
import com.vivanta.ops.api.access.UserType;
import com.vivanta.ops.api.access.UserView;
import com.vivanta.ops.query.common.AggregateRow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "directory_user")
class UserRow implements AggregateRow {

    @Id
    private UUID id;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Column(nullable = false)
    private String email;
    @Column(name = "first_name", nullable = false)
    private String firstName;
    @Column(name = "last_name", nullable = false)
    private String lastName;
    @Enumerated(EnumType.STRING)
    @Column(name = "user_type", nullable = false)
    private UserType userType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UserStatus status;
    @Column(name = "owner_id")
    private UUID ownerId;
    @Column(name = "last_login_at")
    private Instant lastLoginAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(nullable = false)
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "directory_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_id", nullable = false)
    private Set<UUID> roleIds = new HashSet<>();

    protected UserRow() {
    }

    UserRow(UUID id, UUID organizationId, UserStatus status, Set<UUID> roleIds, Instant createdAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.status = status;
        this.roleIds = new HashSet<>(roleIds);
        this.createdAt = createdAt;
    }

    void profile(String email, String firstName, String lastName, UserType userType, UUID ownerId) {
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.userType = userType;
        this.ownerId = ownerId;
    }

    void status(UserStatus status) {
        this.status = status;
    }

    void roles(Set<UUID> roleIds) {
        this.roleIds.clear();
        this.roleIds.addAll(roleIds);
    }

    void signedIn(Instant at) {
        this.lastLoginAt = at;
    }

    /** Profile, status and roles changed: the user record was updated. */
    void updated(Instant at) {
        this.updatedAt = at;
    }

    @Override
    public long version() {
        return version;
    }

    /** Sign-ins and password changes count as events of the user, but do not make the record "updated". */
    @Override
    public void reflect(long sequence, Instant at) {
        this.version = sequence;
    }

    UUID id() {
        return id;
    }

    UUID organizationId() {
        return organizationId;
    }

    String email() {
        return email;
    }

    UserType userType() {
        return userType;
    }

    UserStatus status() {
        return status;
    }

    Set<UUID> roleIds() {
        return roleIds;
    }

    UUID ownerId() {
        return ownerId;
    }

    UserView toView() {
        return new UserView(id, organizationId, email, firstName, lastName, userType, status, ownerId,
                            Set.copyOf(roleIds), lastLoginAt, createdAt, updatedAt, version);
    }
}
