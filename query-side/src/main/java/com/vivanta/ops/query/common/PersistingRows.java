package com.vivanta.ops.query.common;

/**
 * A repository fragment for read-model rows that a projection knows to be new: persisting one inserts it,
 * where Spring Data's {@code save} of a row with an id of its own would first read it to find out.
 */
public interface PersistingRows<R> {

    void persist(R row);

    /** The row's primary key, whatever the row calls it. */
    Object idOf(R row);
}
