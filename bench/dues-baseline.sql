-- One batch of bench/renewals --work dues' baseline: the database work of the dues collection job for up
-- to :batch on-hold subscriptions whose retry has come (oldest first, as the job walks them, due at :'now' at
-- the latest), in one transaction of set-based statements. Per subscription it writes what the job writes
-- when the dues are paid: the payment (straight in its final, succeeded state), the sandbox gateway's
-- charge, the invoice with the next gapless number (invoice_sequences moved once per business, mode and
-- year for the whole batch), Billing's PaymentSucceeded outbox row, the subscription active again with a
-- new period from now, the "reactivated" history line and Subscriptions' SubscriptionChanged outbox row.
-- The dues here are one period's amount (bench/dues-seed.sql), so the invoice line is the period's, as
-- SubscriptionBiller writes it. bench/renewals runs it once per batch plus once more and then checks that
-- both end states agree (bench/dues-state.sql).
BEGIN;

CREATE TEMP TABLE work ON COMMIT DROP AS
WITH locked AS (
  SELECT s.*
  FROM subscriptions.subscriptions s
  WHERE s.status = 'on_hold' AND s.next_dues_attempt_at <= :'now'
  ORDER BY s.next_dues_attempt_at, s.id
  LIMIT :batch
  FOR UPDATE SKIP LOCKED
)
SELECT s.id, s.business_id, s.mode, s.customer_id, s.product_id, s.currency,
       s.quantity, s.unit_price, s.tax_rate_basis_points, s.payment_method_id,
       row_number() OVER (ORDER BY s.next_dues_attempt_at, s.id) AS rn,
       'subscription:' || s.id || ':dues:' || s.periods_billed || ':' || (s.dues_attempts_failed + 1) AS idempotency_key,
       'pay_' || substr(md5(random()::text || s.id), 1, 26) AS payment_id,
       'inv_' || substr(md5(random()::text || s.id), 1, 26) AS invoice_id,
       'ch_sandbox_' || replace(gen_random_uuid()::text, '-', '') AS charge_reference,
       gen_random_uuid() AS payment_event_id,
       gen_random_uuid() AS subscription_event_id,
       p.name || ' — amount due' AS description,
       jsonb_build_array(jsonb_build_object(
         'tax', round(s.unit_price * s.quantity * s.tax_rate_basis_points / 10000.0)::bigint,
         'amount', s.unit_price * s.quantity,
         'quantity', s.quantity,
         'productId', s.product_id,
         'unitAmount', s.unit_price,
         'description', p.name || ' (' || to_char(s.current_period_start AT TIME ZONE 'UTC', 'YYYY-MM-DD')
                        || ' – ' || to_char(s.current_period_end AT TIME ZONE 'UTC', 'YYYY-MM-DD') || ')',
         'taxRateBasisPoints', s.tax_rate_basis_points)) AS lines,
       s.dues_amount AS subtotal,
       round(s.dues_amount * s.tax_rate_basis_points / 10000.0)::bigint AS tax,
       now() + s.interval_count
         * CASE s.interval_unit WHEN 'day' THEN interval '1 day' WHEN 'week' THEN interval '7 days'
                                WHEN 'month' THEN interval '1 month' ELSE interval '1 year' END AS next_period_end,
       concat_ws(E'\n', s.billing_street, nullif(concat_ws(' ', s.billing_zipcode, s.billing_city, s.billing_state), ''), s.billing_country)
         AS billing_address, -- as the invoice prints it: street, then zip code, city and state, then the country
       m.gateway, m.gateway_reference AS card_token, m.card_brand, m.card_last_four,
       extract(year FROM now() AT TIME ZONE 'UTC')::int AS year
FROM locked s
JOIN subscriptions.products p ON p.id = s.product_id
JOIN billing.payment_methods m ON m.id = s.payment_method_id;

\ir billing-batch.sql

UPDATE subscriptions.subscriptions s
SET status = 'active',
    dues_amount = 0,
    on_hold_since = NULL,
    dues_attempts_failed = 0,
    scheduled_retries_made = 0,
    next_dues_attempt_at = NULL,
    billing_anchor = now(),
    periods_since_anchor = 1,
    periods_billed = s.periods_billed + 1,
    current_period_start = now(),
    current_period_end = w.next_period_end,
    latest_payment_id = w.payment_id,
    updated_at = now()
FROM work w
WHERE s.id = w.id;

\set change reactivated
\set from_status on_hold
\ir subscription-change-batch.sql

COMMIT;
