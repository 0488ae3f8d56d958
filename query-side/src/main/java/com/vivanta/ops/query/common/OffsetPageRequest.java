package com.vivanta.ops.query.common;

import com.vivanta.ops.api.common.Page;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A {@link Pageable} for the API's {@code limit}/{@code offset} windows, which need not fall on page
 * boundaries the way Spring Data's page numbers do.
 */
public record OffsetPageRequest(int limit, long offset, Sort sort) implements Pageable {

    @Override
    public int getPageNumber() {
        return (int) (offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new OffsetPageRequest(limit, offset + limit, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return hasPrevious() ? new OffsetPageRequest(limit, Math.max(0, offset - limit), sort) : first();
    }

    @Override
    public Pageable first() {
        return new OffsetPageRequest(limit, 0, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetPageRequest(limit, (long) pageNumber * limit, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }

    /** Converts a Spring Data page fetched with this request into the API's page type. */
    public <R, T, P extends Page<T>> P toPage(org.springframework.data.domain.Page<R> result, Function<R, T> mapper,
                                              PageFactory<T, P> pageFactory) {
        return pageFactory.create(result.getContent().stream().map(mapper).toList(), result.getTotalElements(),
                                  limit, (int) offset);
    }

    /** The canonical constructor of a page record, e.g. {@code CasePage::new}. */
    @FunctionalInterface
    public interface PageFactory<T, P extends Page<T>> {

        P create(List<T> items, long total, int limit, int offset);
    }
}
