package com.vivanta.ops.query.common;

import jakarta.persistence.EntityManager;

/** Found by Spring Data by its name: the implementation of {@link PersistingRows} for every repository. */
class PersistingRowsImpl<R> implements PersistingRows<R> {

    private final EntityManager entityManager;

    PersistingRowsImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void persist(R row) {
        entityManager.persist(row);
    }

    @Override
    public Object idOf(R row) {
        return entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(row);
    }
}
