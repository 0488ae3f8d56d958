package com.vivanta.ops.platform.messaging;

import java.util.Set;
import java.util.function.Predicate;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryBackpressure;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.axonframework.queryhandling.UpdateHandlerRegistration;

/**
 * Axon's query update emitter, which also remembers in {@link RecentViews} each view a projection announces
 * while handling an aggregate's event, in the same moment as it announces it: after the projection's
 * transaction committed, before the subscribers hear of it. Whoever subscribes and then looks there cannot
 * miss a view announced in between.
 */
public class AnnouncingQueryUpdateEmitter implements QueryUpdateEmitter {

    private final QueryUpdateEmitter delegate;
    private final RecentViews recentViews;

    public AnnouncingQueryUpdateEmitter(QueryUpdateEmitter delegate, RecentViews recentViews) {
        this.delegate = delegate;
        this.recentViews = recentViews;
    }

    @Override
    public <Q, U> void emit(Class<Q> queryType, Predicate<? super Q> filter, U update) {
        String aggregateId = CurrentUnitOfWork.map(UnitOfWork::getMessage)
                                              .filter(DomainEventMessage.class::isInstance)
                                              .map(message -> ((DomainEventMessage<?>) message).getAggregateIdentifier())
                                              .orElse(null);
        Runnable announce = () -> {
            if (aggregateId != null && update != null) {
                recentViews.remember(aggregateId, queryType, filter, update);
            }
            delegate.emit(queryType, filter, update);
        };
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().phase() == UnitOfWork.Phase.STARTED) {
            CurrentUnitOfWork.get().afterCommit(committed -> announce.run());
        } else {
            announce.run();
        }
    }

    @Override
    public <U> void emit(Predicate<SubscriptionQueryMessage<?, ?, U>> filter,
                         SubscriptionQueryUpdateMessage<U> update) {
        delegate.emit(filter, update);
    }

    @Override
    public void complete(Predicate<SubscriptionQueryMessage<?, ?, ?>> filter) {
        delegate.complete(filter);
    }

    @Override
    public void completeExceptionally(Predicate<SubscriptionQueryMessage<?, ?, ?>> filter,
                                      Throwable cause) {
        delegate.completeExceptionally(filter, cause);
    }

    @Override
    public boolean queryUpdateHandlerRegistered(SubscriptionQueryMessage<?, ?, ?> query) {
        return delegate.queryUpdateHandlerRegistered(query);
    }

    @Override
    public <U> UpdateHandlerRegistration<U> registerUpdateHandler(SubscriptionQueryMessage<?, ?, ?> query,
                                                                  int updateBufferSize) {
        return delegate.registerUpdateHandler(query, updateBufferSize);
    }

    @Override
    @Deprecated
    @SuppressWarnings("deprecation")
    public <U> UpdateHandlerRegistration<U> registerUpdateHandler(SubscriptionQueryMessage<?, ?, ?> query,
                                                                  SubscriptionQueryBackpressure backpressure,
                                                                  int updateBufferSize) {
        return delegate.registerUpdateHandler(query, backpressure, updateBufferSize);
    }

    @Override
    public Set<SubscriptionQueryMessage<?, ?, ?>> activeSubscriptions() {
        return delegate.activeSubscriptions();
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super SubscriptionQueryUpdateMessage<?>> interceptor) {
        return delegate.registerDispatchInterceptor(interceptor);
    }
}
