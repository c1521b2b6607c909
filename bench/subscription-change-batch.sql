-- The history line and Subscriptions' SubscriptionChanged outbox row of one batch of a bench/renewals
-- baseline (bench/renewals-baseline.sql, bench/dues-baseline.sql), inside their transaction, from their temp
-- table `work`, to an active subscription. psql variables: :change and :from_status by their wire names
-- (renewed, active), which the database and the event both use.
INSERT INTO subscriptions.subscription_transitions (at, change, from_status, to_status, actor, reason, payment_id, subscription_id)
SELECT now(), :'change', :'from_status', 'active', 'system', NULL, payment_id, id
FROM work;

INSERT INTO subscriptions.outbox_messages (id, event_type, payload, occurred_on_utc)
SELECT w.subscription_event_id, 'subscriptions.subscription_changed',
       jsonb_build_object('mode', w.mode, 'actor', 'system', 'change', :'change', 'reason', NULL, 'eventId', w.subscription_event_id, 'toStatus', 'active',
                          'paymentId', w.payment_id, 'productId', w.product_id, 'businessId', w.business_id, 'customerId', w.customer_id,
                          'fromStatus', :'from_status', 'accessEndsAt', w.next_period_end, 'occurredOnUtc', now(), 'subscriptionId', w.id,
                          'cancelAtNextBillingDate', false),
       now()
FROM work w;
