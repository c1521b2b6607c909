-- The end state of a bench/renewals run in one database, as "name|value" lines: counts that must all be
-- the number of subscriptions seeded (or 0 where they say so), then digests of everything the renewals
-- wrote, keyed by subscription and leaving out only what is random or the time of writing (ids, gateway
-- references, timestamps of the run, and which invoice number each renewal drew: the job renews a few
-- subscriptions at once, so numbers follow the order the renewals finished in, not the due order; the
-- numbering itself is checked gapless and unique), which must be the same for the job's database and the baseline's.
-- :'business' is the bench business, :'now' the time the runs started (due at it at the latest).
\set ON_ERROR_STOP on
-- Statistics first: the runs wrote their rows in bulk, and the joins below go badly on stale estimates.
ANALYZE subscriptions.subscriptions, subscriptions.subscription_transitions, subscriptions.outbox_messages,
        billing.payments, billing.sandbox_charges, billing.invoices, billing.outbox_messages;
CREATE TEMP TABLE renewal AS
SELECT s.id AS subscription_id, s.status, s.periods_since_anchor, s.periods_billed, s.current_period_start, s.current_period_end,
       s.latest_payment_id, p.id AS payment_id, p.idempotency_key, p.description, p.status AS payment_status, p.subtotal, p.tax, p.total,
       p.currency, p.gateway, p.card_brand, p.card_last_four, p.payment_method_id, p.gateway_attempts, p.refunded_amount, p.lines,
       p.gateway_reference, p.failure_code, p.billing_address
FROM subscriptions.subscriptions s
LEFT JOIN billing.payments p ON p.business_id = s.business_id AND p.mode = s.mode AND p.subscription_id = s.id AND p.idempotency_key LIKE '%:renewal:%'
WHERE s.business_id = :'business' AND s.periods_billed > 1;
ANALYZE renewal;

SELECT 'still_due', count(*) FROM subscriptions.subscriptions
WHERE business_id = :'business' AND status = 'active' AND current_period_end <= :'now';
SELECT 'renewed_subscriptions', count(DISTINCT subscription_id) FROM renewal WHERE status = 'active' AND periods_billed = 2 AND current_period_end > :'now';
SELECT 'renewal_payments', count(payment_id) FROM renewal;
SELECT 'renewal_payments_succeeded', count(*) FROM renewal WHERE payment_status = 'Succeeded' AND payment_id = latest_payment_id;
SELECT 'subscriptions_with_two_renewal_payments', count(*) FROM (SELECT subscription_id FROM renewal GROUP BY 1 HAVING count(payment_id) > 1) x;
SELECT 'sandbox_charges', count(*) FROM renewal r JOIN billing.sandbox_charges c ON c.idempotency_key = r.payment_id
WHERE c.reference = r.gateway_reference AND c.status = 'succeeded' AND c.amount = r.total;
SELECT 'invoices', count(*) FROM renewal r JOIN billing.invoices i ON i.payment_id = r.payment_id;
SELECT 'invoice_numbers_distinct', count(DISTINCT i.number) FROM renewal r JOIN billing.invoices i ON i.payment_id = r.payment_id;
-- The business's whole numbering, seeded invoices included: per year 1..last once each, and the sequence row at last.
SELECT 'invoice_numbering_faults', count(*) FILTER (WHERE NOT ok)
FROM (SELECT count(*) = count(DISTINCT i.sequence) AND min(i.sequence) = 1 AND max(i.sequence) = count(*)
             AND max(i.sequence) = max(q.last_number) AS ok
      FROM billing.invoices i LEFT JOIN billing.invoice_sequences q USING (business_id, mode, year)
      WHERE i.business_id = :'business'
      GROUP BY i.mode, i.year) y;
SELECT 'renewed_transitions', count(*) FROM renewal r JOIN subscriptions.subscription_transitions t
  ON t.subscription_id = r.subscription_id AND t.change = 'renewed' AND t.payment_id = r.payment_id;
SELECT 'payment_succeeded_events', count(*) FROM renewal r JOIN billing.outbox_messages o
  ON o.payload ->> 'paymentId' = r.payment_id AND o.event_type = 'billing.payment_succeeded';
SELECT 'subscription_renewed_events', count(*) FROM renewal r JOIN subscriptions.outbox_messages o
  ON o.payload ->> 'subscriptionId' = r.subscription_id AND o.payload ->> 'change' = 'renewed' AND o.payload ->> 'paymentId' = r.payment_id;

SELECT 'digest_subscriptions', md5(string_agg(concat_ws(',', subscription_id, status, periods_since_anchor, periods_billed,
         current_period_start, current_period_end), ';' ORDER BY subscription_id)) FROM renewal;
SELECT 'digest_payments', md5(string_agg(concat_ws(',', subscription_id, idempotency_key, description, payment_status, subtotal, tax, total,
         currency, gateway, card_brand, card_last_four, payment_method_id, gateway_attempts, refunded_amount, lines::text, failure_code, billing_address),
         ';' ORDER BY subscription_id)) FROM renewal;
SELECT 'digest_charges', md5(string_agg(concat_ws(',', r.subscription_id, c.mode, c.payment_method_token, c.amount, c.currency, c.status, c.failure_code),
         ';' ORDER BY r.subscription_id)) FROM renewal r JOIN billing.sandbox_charges c ON c.idempotency_key = r.payment_id;
SELECT 'digest_invoices', md5(string_agg(concat_ws(',', r.subscription_id, i.business_id, i.mode, i.customer_id, i.year,
         i.parties::text, i.currency, i.subtotal, i.tax, i.total, i.card_brand, i.card_last_four, i.lines::text), ';' ORDER BY r.subscription_id))
FROM renewal r JOIN billing.invoices i ON i.payment_id = r.payment_id;
SELECT 'digest_transitions', md5(string_agg(concat_ws(',', r.subscription_id, t.change, t.from_status, t.to_status, t.actor, t.reason),
         ';' ORDER BY r.subscription_id)) FROM renewal r JOIN subscriptions.subscription_transitions t
  ON t.subscription_id = r.subscription_id AND t.change = 'renewed';
-- Outbox payloads: every key, and every value but the event's id and time and the new rows' ids.
SELECT 'digest_payment_events', md5(string_agg(concat_ws(',', r.subscription_id, o.event_type,
         (SELECT string_agg(k, ' ' ORDER BY k) FROM jsonb_object_keys(o.payload) k),
         (o.payload - 'eventId' - 'occurredOnUtc' - 'paymentId' - 'invoiceId' - 'invoiceNumber')::text), ';' ORDER BY r.subscription_id))
FROM renewal r JOIN billing.outbox_messages o ON o.payload ->> 'paymentId' = r.payment_id;
SELECT 'digest_subscription_events', md5(string_agg(concat_ws(',', r.subscription_id, o.event_type,
         (SELECT string_agg(k, ' ' ORDER BY k) FROM jsonb_object_keys(o.payload) k),
         (o.payload ->> 'accessEndsAt')::timestamptz,
         (o.payload - 'eventId' - 'occurredOnUtc' - 'paymentId' - 'accessEndsAt')::text), ';' ORDER BY r.subscription_id))
FROM renewal r JOIN subscriptions.outbox_messages o ON o.payload ->> 'subscriptionId' = r.subscription_id AND o.payload ->> 'change' = 'renewed';
