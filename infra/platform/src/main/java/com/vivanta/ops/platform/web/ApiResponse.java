package com.vivanta.ops.platform.web;

import com.vivanta.ops.api.common.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The success envelope of every endpoint: {@code {"data": ..., "meta": {"requestId": ...}}}; lists add
 * {@code total}, {@code limit} and {@code offset} to the meta.
 */
public record ApiResponse<T>(T data, Map<String, Object> meta) {

    public static <T> ApiResponse<T> of(T data) {
        return new ApiResponse<>(data, baseMeta());
    }

    public static <T> ApiResponse<List<T>> of(Page<T> page) {
        Map<String, Object> meta = baseMeta();
        meta.put("total", page.total());
        meta.put("limit", page.limit());
        meta.put("offset", page.offset());
        return new ApiResponse<>(page.items(), meta);
    }

    /** A complete, unpaged list. */
    public static <T> ApiResponse<List<T>> ofAll(List<T> items) {
        Map<String, Object> meta = baseMeta();
        meta.put("total", items.size());
        return new ApiResponse<>(items, meta);
    }

    /** The same answer with one more entry in its meta, e.g. the instant a point-in-time view is for. */
    public ApiResponse<T> withMeta(String key, Object value) {
        Map<String, Object> extended = new LinkedHashMap<>(meta);
        extended.put(key, value);
        return new ApiResponse<>(data, extended);
    }

    private static Map<String, Object> baseMeta() {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("requestId", RequestTrace.currentRequestId());
        return meta;
    }
}
