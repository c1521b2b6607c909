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
  WHERE s.status = 'OnHold' AND s.next_dues_attempt_at <= :'now'
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
         * CASE s.interval_unit WHEN 'Day' THEN interval '1 day' WHEN 'Week' THEN interval '7 days'
                                WHEN 'Month' THEN interval '1 month' ELSE interval '1 year' END AS next_period_end,
       concat_ws(E'\n', s.billing_street, nullif(concat_ws(' ', s.billing_zipcode, s.billing_city, s.billing_state), ''), s.billing_country)
         AS billing_address, -- as the invoice prints it: street, then zip code, city and state, then the country
       m.gateway, m.gateway_reference AS card_token, m.card_brand, m.card_last_four,
       extract(year FROM now() AT TIME ZONE 'UTC')::int AS year
FROM locked s
JOIN subscriptions.products p ON p.id = s.product_id
JOIN billing.payment_methods m ON m.id = s.payment_method_id;

-- One move of each numbering for the whole batch; the batch's invoices take the numbers in due order.
CREATE TEMP TABLE numbers ON COMMIT DROP AS
WITH wanted AS (
  SELECT business_id, mode, year, count(*) AS n FROM work GROUP BY business_id, mode, year
), moved AS (
  INSERT INTO billing.invoice_sequences AS q (business_id, mode, year, last_number)
  SELECT business_id, mode, year, n FROM wanted
  ON CONFLICT (business_id, mode, year) DO UPDATE SET last_number = q.last_number + excluded.last_number
  RETURNING q.business_id, q.mode, q.year, q.last_number
)
SELECT w.id, m.last_number - wanted.n + row_number() OVER (PARTITION BY w.business_id, w.mode, w.year ORDER BY w.rn) AS sequence
FROM work w
JOIN wanted USING (business_id, mode, year)
JOIN moved m USING (business_id, mode, year);

INSERT INTO billing.payments (id, business_id, mode, customer_id, idempotency_key, description, subscription_id, payment_method_id,
                              gateway, card_brand, card_last_four, currency, subtotal, tax, total, status, failure_code, failure_message,
                              gateway_reference, gateway_attempts, created_at, updated_at, completed_at, refunded_amount, lines, billing_address)
SELECT payment_id, business_id, mode, customer_id, idempotency_key, description, id, payment_method_id,
       gateway, card_brand, card_last_four, currency, subtotal, tax, subtotal + tax, 'Succeeded', NULL, NULL,
       charge_reference, 1, now(), now(), now(), 0, lines, billing_address
FROM work;

INSERT INTO billing.sandbox_charges (idempotency_key, reference, mode, payment_method_token, amount, currency, status, failure_code, created_at)
SELECT payment_id, charge_reference, mode, card_token, subtotal + tax, currency, 'succeeded', NULL, now()
FROM work;

INSERT INTO billing.invoices (id, business_id, mode, customer_id, payment_id, year, sequence, number, issued_at, parties,
                              currency, subtotal, tax, total, card_brand, card_last_four, lines)
SELECT w.invoice_id, w.business_id, w.mode, w.customer_id, w.payment_id, w.year, n.sequence,
       CASE WHEN w.mode = 'Test' THEN 'TEST-' ELSE '' END || w.year || '-' || lpad(n.sequence::text, 6, '0'),
       now(),
       jsonb_build_object('businessName', b.name, 'customerName', c.name, 'businessTaxId', b.tax_id, 'customerEmail', c.email,
                          'businessLegalAddress', b.legal_address, 'businessSupportEmail', b.support_email, 'customerAddress', w.billing_address),
       w.currency, w.subtotal, w.tax, w.subtotal + w.tax, w.card_brand, w.card_last_four, w.lines
FROM work w
JOIN numbers n ON n.id = w.id
JOIN identity.customers c ON c.id = w.customer_id
JOIN identity.businesses b ON b.id = w.business_id;

INSERT INTO billing.outbox_messages (id, event_type, payload, occurred_on_utc)
SELECT w.payment_event_id, 'Portal.Modules.Billing.Contracts.Payments.PaymentSucceededIntegrationEvent',
       jsonb_build_object('mode', w.mode, 'total', w.subtotal + w.tax, 'eventId', w.payment_event_id, 'currency', w.currency, 'invoiceId', w.invoice_id,
                          'paymentId', w.payment_id, 'businessId', w.business_id, 'customerId', w.customer_id,
                          'productIds', jsonb_build_array(w.product_id),
                          'invoiceNumber', CASE WHEN w.mode = 'Test' THEN 'TEST-' ELSE '' END || w.year || '-' || lpad(n.sequence::text, 6, '0'),
                          'occurredOnUtc', now(), 'idempotencyKey', w.idempotency_key, 'subscriptionId', w.id),
       now()
FROM work w
JOIN numbers n ON n.id = w.id;

UPDATE subscriptions.subscriptions s
SET status = 'Active',
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

INSERT INTO subscriptions.subscription_transitions (at, change, from_status, to_status, actor, reason, payment_id, subscription_id)
SELECT now(), 'Reactivated', 'OnHold', 'Active', 'System', NULL, payment_id, id
FROM work;

INSERT INTO subscriptions.outbox_messages (id, event_type, payload, occurred_on_utc)
SELECT w.subscription_event_id, 'Portal.Modules.Subscriptions.Contracts.Subscriptions.SubscriptionChangedIntegrationEvent',
       jsonb_build_object('mode', w.mode, 'actor', 'system', 'change', 'reactivated', 'reason', NULL, 'eventId', w.subscription_event_id, 'toStatus', 'active',
                          'paymentId', w.payment_id, 'productId', w.product_id, 'businessId', w.business_id, 'customerId', w.customer_id,
                          'fromStatus', 'on_hold', 'accessEndsAt', w.next_period_end, 'occurredOnUtc', now(), 'subscriptionId', w.id,
                          'cancelAtNextBillingDate', false),
       now()
FROM work w;

COMMIT;
