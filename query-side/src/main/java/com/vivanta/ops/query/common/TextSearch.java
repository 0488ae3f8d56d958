package com.vivanta.ops.query.common;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.Arrays;
import java.util.Locale;

/** The API's {@code search} parameter: case-insensitive "contains" over several columns. */
public final class TextSearch {

    private TextSearch() {
    }

    /** Whether any of the columns contains the text; {@code %} and {@code _} in it are taken literally. */
    public static Predicate anyContains(CriteriaBuilder cb, String text, Expression<String>... columns) {
        String pattern = "%" + escapeLike(text.trim().toLowerCase(Locale.ROOT)) + "%";
        return cb.or(Arrays.stream(columns).map(column -> cb.like(cb.lower(column), pattern, '\\'))
                           .toArray(Predicate[]::new));
    }

    public static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
