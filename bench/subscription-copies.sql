-- Copies of one subscription (:'subscription', made through CreateSubscriptionCommand), :count of them,
-- made by copying, row for row, what the app itself wrote for it: the customer, the card, the
-- subscription, its two history lines (created, activated), its first payment, that payment's invoice and
-- the sandbox gateway's charge. Only what must differ changes: ids, email and name, keys and gateway
-- references, the invoice sequence and number (continuing the business's numbering without gaps;
-- invoice_sequences follows), and the dates.
-- Knobs (psql variables): :per_customer subscriptions share one customer and card (default 1: each of its
-- own); :ahead moves every period forward (default none: copy n started a month before its period ended,
-- n + 59 seconds before the seeding, so every copy is due and the renewal job meets them oldest first);
-- :domain of the customers' emails (default renewals.example).
-- Used by bench/renewals, bench/faults and bench/soak (all due, one per customer) and bench/run (the crowd of
-- customers with many subscriptions each, none due). Not copied: the outbox rows of the template's creation.
\set ON_ERROR_STOP on
\if :{?per_customer} \else \set per_customer 1 \endif
\if :{?ahead} \else \set ahead '0 seconds' \endif
\if :{?domain} \else \set domain renewals.example \endif
BEGIN;

CREATE TEMP TABLE copies ON COMMIT DROP AS
SELECT n, owner,
       'cus_' || substr(md5('customer' || owner || now()), 1, 26) AS customer_id,
       'pm_' || substr(md5('method' || owner || now()), 1, 26) AS method_id,
       'sub_' || substr(md5('subscription' || n || now()), 1, 26) AS subscription_id,
       'pay_' || substr(md5('payment' || n || now()), 1, 26) AS payment_id,
       'inv_' || substr(md5('invoice' || n || now()), 1, 26) AS invoice_id,
       'ch_sandbox_' || md5('charge' || n || now()) AS charge_reference,
       date_trunc('second', now()) - interval '59 seconds' - n * interval '1 second' + interval :'ahead' AS due_at
FROM generate_series(1, :count) AS n
CROSS JOIN LATERAL (SELECT (n - 1) / :per_customer + 1 AS owner) AS customer;
ALTER TABLE copies ADD COLUMN started_at timestamptz;
UPDATE copies SET started_at = due_at - interval '1 month';
-- A customer and its card were made just before its first subscription.
CREATE TEMP TABLE first_of_customer ON COMMIT DROP AS
SELECT DISTINCT ON (owner) owner, customer_id, method_id, started_at FROM copies ORDER BY owner, started_at;

CREATE TEMP TABLE template ON COMMIT DROP AS
SELECT s.id AS subscription_id, s.customer_id, s.payment_method_id, s.latest_payment_id AS payment_id, s.created_at
FROM subscriptions.subscriptions s WHERE s.id = :'subscription';
DO $$ BEGIN IF (SELECT count(*) FROM template) <> 1 THEN RAISE EXCEPTION 'no template subscription'; END IF; END $$;

INSERT INTO identity.customers
SELECT (jsonb_populate_record(c, jsonb_build_object(
          'id', k.customer_id,
          'email', 'subscriber-' || k.owner || '@' || :'domain',
          'normalized_email', 'subscriber-' || k.owner || '@' || :'domain',
          'name', 'Subscriber ' || k.owner,
          'created_at', k.started_at - interval '1 minute'))).*
FROM identity.customers c CROSS JOIN first_of_customer k
WHERE c.id = (SELECT customer_id FROM template);

INSERT INTO billing.payment_methods
SELECT (jsonb_populate_record(m, jsonb_build_object(
          'id', k.method_id,
          'customer_id', k.customer_id,
          'created_at', k.started_at - interval '30 seconds'))).*
FROM billing.payment_methods m CROSS JOIN first_of_customer k
WHERE m.id = (SELECT payment_method_id FROM template);

INSERT INTO subscriptions.subscriptions
SELECT (jsonb_populate_record(s, jsonb_build_object(
          'id', k.subscription_id,
          'customer_id', k.customer_id,
          'payment_method_id', k.method_id,
          'latest_payment_id', k.payment_id,
          'billing_anchor', k.started_at,
          'current_period_start', k.started_at,
          'current_period_end', k.due_at,
          'created_at', k.started_at,
          'updated_at', k.started_at + (s.updated_at - s.created_at)))).*
FROM subscriptions.subscriptions s CROSS JOIN copies k
WHERE s.id = (SELECT subscription_id FROM template);

INSERT INTO subscriptions.subscription_transitions (at, change, from_status, to_status, actor, reason, payment_id, subscription_id)
SELECT k.started_at + (t.at - tp.created_at), t.change, t.from_status, t.to_status, t.actor, t.reason,
       CASE WHEN t.payment_id IS NOT NULL THEN k.payment_id END, k.subscription_id
FROM subscriptions.subscription_transitions t CROSS JOIN template tp CROSS JOIN copies k
WHERE t.subscription_id = tp.subscription_id;

-- The first period's line reads "<product> (<start> – <end>)", as SubscriptionBiller writes it.
CREATE TEMP TABLE first_lines ON COMMIT DROP AS
SELECT k.n, jsonb_set(p.lines, '{0,description}', to_jsonb(
         regexp_replace(p.lines -> 0 ->> 'description', '\(.*\)$', '')
         || '(' || to_char(k.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') || ' – ' || to_char(k.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') || ')')) AS lines
FROM billing.payments p CROSS JOIN copies k
WHERE p.id = (SELECT payment_id FROM template);

INSERT INTO billing.payments
SELECT (jsonb_populate_record(p, jsonb_build_object(
          'id', k.payment_id,
          'customer_id', k.customer_id,
          'idempotency_key', 'subscription:' || k.subscription_id || ':first',
          'subscription_id', k.subscription_id,
          'payment_method_id', k.method_id,
          'gateway_reference', k.charge_reference,
          'lines', l.lines,
          'created_at', k.started_at + (p.created_at - tp.created_at),
          'updated_at', k.started_at + (p.updated_at - tp.created_at),
          'completed_at', k.started_at + (p.completed_at - tp.created_at)))).*
FROM billing.payments p CROSS JOIN template tp CROSS JOIN copies k JOIN first_lines l ON l.n = k.n
WHERE p.id = tp.payment_id;

INSERT INTO billing.sandbox_charges
SELECT (jsonb_populate_record(c, jsonb_build_object(
          'idempotency_key', k.payment_id,
          'reference', k.charge_reference,
          'created_at', k.started_at + (c.created_at - tp.created_at)))).*
FROM billing.sandbox_charges c CROSS JOIN template tp CROSS JOIN copies k
WHERE c.idempotency_key = tp.payment_id;

-- Numbered on from the business's last invoice of each calendar year (UTC), as InvoiceNumber does.
CREATE TEMP TABLE numbered ON COMMIT DROP AS
SELECT k.n, x.issued_at, x.year,
       row_number() OVER (PARTITION BY x.year ORDER BY x.issued_at, k.n)
         + coalesce((SELECT max(e.sequence) FROM billing.invoices e
                     WHERE (e.business_id, e.mode, e.year) = (i.business_id, i.mode, x.year)), 0) AS sequence
FROM billing.invoices i CROSS JOIN template tp CROSS JOIN copies k
CROSS JOIN LATERAL (SELECT k.started_at + (i.issued_at - tp.created_at) AS issued_at) t
CROSS JOIN LATERAL (SELECT extract(year FROM t.issued_at AT TIME ZONE 'UTC')::int AS year, t.issued_at) x
WHERE i.payment_id = tp.payment_id;

INSERT INTO billing.invoices
SELECT (jsonb_populate_record(i, jsonb_build_object(
          'id', k.invoice_id,
          'customer_id', k.customer_id,
          'payment_id', k.payment_id,
          'year', x.year,
          'sequence', x.sequence,
          'number', regexp_replace(i.number, '[0-9]+-[0-9]+$', '') || x.year || '-' || lpad(x.sequence::text, 6, '0'),
          'parties', i.parties || jsonb_build_object('customerName', 'Subscriber ' || k.owner, 'customerEmail', 'subscriber-' || k.owner || '@' || :'domain'),
          'lines', l.lines,
          'issued_at', x.issued_at))).*
FROM billing.invoices i CROSS JOIN template tp CROSS JOIN copies k JOIN first_lines l ON l.n = k.n JOIN numbered x ON x.n = k.n
WHERE i.payment_id = tp.payment_id;

INSERT INTO billing.invoice_sequences (business_id, mode, year, last_number)
SELECT business_id, mode, year, max(sequence) FROM billing.invoices
WHERE (business_id, mode) IN (SELECT business_id, mode FROM subscriptions.subscriptions WHERE id = :'subscription')
GROUP BY business_id, mode, year
ON CONFLICT (business_id, mode, year) DO UPDATE SET last_number = excluded.last_number;

COMMIT;
VACUUM ANALYZE;
