package com.vivanta.ops.platform.security;

import java.util.List;

/** The caller is signed in but lacks the permissions the endpoint requires (answered as 403). */
public class PermissionDeniedException extends RuntimeException {

    private final List<String> requiredPermissions;
    private final String mode;

    public PermissionDeniedException(List<String> requiredPermissions, String mode) {
        this("You lack the permission this action requires", requiredPermissions, mode);
    }

    public PermissionDeniedException(String message, List<String> requiredPermissions, String mode) {
        super(message);
        this.requiredPermissions = List.copyOf(requiredPermissions);
        this.mode = mode;
    }

    public List<String> requiredPermissions() {
        return requiredPermissions;
    }

    /** {@code all-of} or {@code any-of}. */
    public String mode() {
        return mode;
    }
}
