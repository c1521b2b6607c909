-- The Billing side of one batch of a bench/renewals baseline (bench/renewals-baseline.sql,
-- bench/dues-baseline.sql), inside their transaction, from their temp table `work` (one row per subscription
-- charged, in due order): the invoice numbering moved once, then per subscription the payment, the sandbox
-- gateway's charge, the invoice and Billing's PaymentSucceeded outbox row.
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
SELECT w.payment_event_id, 'billing.payment_succeeded',
       jsonb_build_object('mode', w.mode, 'total', w.subtotal + w.tax, 'eventId', w.payment_event_id, 'currency', w.currency, 'invoiceId', w.invoice_id,
                          'paymentId', w.payment_id, 'businessId', w.business_id, 'customerId', w.customer_id,
                          'productIds', jsonb_build_array(w.product_id),
                          'invoiceNumber', CASE WHEN w.mode = 'Test' THEN 'TEST-' ELSE '' END || w.year || '-' || lpad(n.sequence::text, 6, '0'),
                          'occurredOnUtc', now(), 'idempotencyKey', w.idempotency_key, 'subscriptionId', w.id),
       now()
FROM work w
JOIN numbers n ON n.id = w.id;

