package com.vivanta.ops.command.common;

import com.vivanta.ops.api.common.InvalidValueException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How values are compared when they must be unique or identify someone. Text that looks the same must be
 * the same: "ＭＡＰＬＥ" (full-width), "CAFÉ" in either Unicode form and "maple" with a no-break space all
 * are "maple"/"café". Invisible characters are refused outright rather than silently dropped.
 */
public final class Normalization {

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}]");

    private Normalization() {
    }

    /** The form a value is compared in: compatibility-normalized, trimmed, lower-cased. */
    public static String comparable(String value, String field) {
        String normalized = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        if (INVISIBLE.matcher(normalized).find()) {
            throw new InvalidValueException(field, value, "must not contain invisible or control characters");
        }
        return normalized.toLowerCase(Locale.ROOT);
    }

    /** An e-mail address as kept and compared; a blank one is none. */
    public static String email(String email, String field) {
        return email == null || email.isBlank() ? null : comparable(email, field);
    }
}
