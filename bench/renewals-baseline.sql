-- One batch of bench/renewals' baseline: the database work of the renewal job for up to :batch due
-- subscriptions (oldest due first, as the job walks them, due at :'now' at the latest), in one transaction
-- of set-based statements instead of ~30 statements and three transactions per subscription. Per
-- subscription it writes what the job writes: the payment (straight in its final, succeeded state), the
-- sandbox gateway's charge, the invoice with the next gapless number (invoice_sequences moved once per
-- business, mode and year for the whole batch), Billing's PaymentSucceeded outbox row, the next period,
-- the "renewed" history line and Subscriptions' SubscriptionChanged outbox row. bench/renewals runs it
-- once per batch plus once more (which finds nothing, as the job's last look does) and then checks that
-- both end states agree (bench/renewals-state.sql).
BEGIN;

CREATE TEMP TABLE work ON COMMIT DROP AS
WITH locked AS (
  SELECT s.*
  FROM subscriptions.subscriptions s
  WHERE s.status = 'active' AND s.current_period_end <= :'now'
  ORDER BY s.current_period_end, s.id
  LIMIT :batch
  FOR UPDATE SKIP LOCKED
)
SELECT s.id, s.business_id, s.mode, s.customer_id, s.product_id, s.currency,
       s.quantity, s.unit_price, s.tax_rate_basis_points, s.payment_method_id,
       s.current_period_end,
       row_number() OVER (ORDER BY s.current_period_end, s.id) AS rn,
       'subscription:' || s.id || ':renewal:' || (s.periods_billed + 1) AS idempotency_key,
       'pay_' || substr(md5(random()::text || s.id), 1, 26) AS payment_id,
       'inv_' || substr(md5(random()::text || s.id), 1, 26) AS invoice_id,
       'ch_sandbox_' || replace(gen_random_uuid()::text, '-', '') AS charge_reference,
       gen_random_uuid() AS payment_event_id,
       gen_random_uuid() AS subscription_event_id,
       p.name || ' — renewal' AS description,
       jsonb_build_array(jsonb_build_object(
         'tax', round(s.unit_price * s.quantity * s.tax_rate_basis_points / 10000.0)::bigint,
         'amount', s.unit_price * s.quantity,
         'quantity', s.quantity,
         'productId', s.product_id,
         'unitAmount', s.unit_price,
         'description', p.name || ' (' || to_char(s.current_period_start AT TIME ZONE 'UTC', 'YYYY-MM-DD')
                        || ' – ' || to_char(s.current_period_end AT TIME ZONE 'UTC', 'YYYY-MM-DD') || ')',
         'taxRateBasisPoints', s.tax_rate_basis_points)) AS lines,
       s.unit_price * s.quantity AS subtotal,
       round(s.unit_price * s.quantity * s.tax_rate_basis_points / 10000.0)::bigint AS tax,
       s.billing_anchor + (s.periods_since_anchor + 1) * s.interval_count
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
SET periods_since_anchor = s.periods_since_anchor + 1,
    periods_billed = s.periods_billed + 1,
    current_period_start = s.current_period_end,
    current_period_end = w.next_period_end,
    latest_payment_id = w.payment_id,
    updated_at = now()
FROM work w
WHERE s.id = w.id;

\set change renewed
\set from_status active
\ir subscription-change-batch.sql

COMMIT;
