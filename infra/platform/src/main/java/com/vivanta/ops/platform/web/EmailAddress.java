package com.vivanta.ops.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An e-mail address people can actually be reached at: one {@code @}, a dotted domain, no spaces, at most
 * 254 characters. (Bean Validation's {@code @Email} alone accepts {@code ada@localhost} and the empty
 * string.) Like other constraints it lets {@code null} through: say {@code @NotNull} where one is required.
 */
@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
@Pattern(regexp = "(?s).*\\S.*")
@Size(max = 254)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

    String message() default "must be an e-mail address with a domain, at most 254 characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
