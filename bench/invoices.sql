-- Gives the "many" customer :copies more invoices by copying, row for row, the payment and invoice the
-- app itself wrote through ChargeCustomerCommand (:'template', made by POST /bench/seed). Only what must
-- differ changes: ids, idempotency key, gateway reference, timestamps (30 s apart, older than the
-- template) and the invoice sequence and number, which continue the business's numbering without gaps.
-- The sandbox gateway's own record (billing.sandbox_charges) is not copied: the portal never reads it.
\set ON_ERROR_STOP on
BEGIN;

CREATE TEMP TABLE copies ON COMMIT DROP AS
SELECT n,
       'pay_' || substr(md5('payment' || n || clock_timestamp()), 1, 26) AS payment_id,
       'inv_' || substr(md5('invoice' || n || clock_timestamp()), 1, 26) AS invoice_id,
       n * interval '30 seconds' AS age
FROM generate_series(1, :copies) AS n;

INSERT INTO billing.payments
SELECT (jsonb_populate_record(p, jsonb_build_object(
          'id', c.payment_id,
          'idempotency_key', 'bench-copy-' || c.n,
          'gateway_reference', 'ch_sandbox_' || md5(c.payment_id),
          'created_at', p.created_at - c.age,
          'updated_at', p.updated_at - c.age,
          'completed_at', p.completed_at - c.age))).*
FROM billing.payments p CROSS JOIN copies c
WHERE p.id = :'template';

INSERT INTO billing.invoices
SELECT (jsonb_populate_record(i, jsonb_build_object(
          'id', c.invoice_id,
          'payment_id', c.payment_id,
          'sequence', i.sequence + c.n,
          'number', regexp_replace(i.number, '[0-9]+$', lpad((i.sequence + c.n)::text, 6, '0')),
          'issued_at', i.issued_at - c.age))).*
FROM billing.invoices i CROSS JOIN copies c
WHERE i.payment_id = :'template';

UPDATE billing.invoice_sequences s
SET last_number = (SELECT max(i.sequence) FROM billing.invoices i WHERE (i.business_id, i.mode, i.year) = (s.business_id, s.mode, s.year))
WHERE (s.business_id, s.mode, s.year) IN (SELECT business_id, mode, year FROM billing.invoices WHERE payment_id = :'template');

COMMIT;
ANALYZE;
