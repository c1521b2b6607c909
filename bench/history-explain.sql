-- The first page of the invoice history in the shape EF Core sends it (ListTransactionsQueryHandler: the
-- customer's payments with their invoices and their refunds, each side ordered and cut to the page's 20
-- rows and one more before the union, then the page), for EXPLAIN in bench/run; psql variables :business,
-- :customer.
\set ON_ERROR_STOP on
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT u.is_refund, u.id, u.created_at, u.description, u.amount, u.currency, u.status, u.failure_message, u.card_brand, u.card_last_four, u.number
FROM (
    (SELECT false AS is_refund, p.id, p.created_at, p.description, p.total AS amount, p.currency, p.status, p.failure_message, p.card_brand, p.card_last_four, i.number
     FROM billing.payments AS p
     LEFT JOIN billing.invoices AS i ON p.id = i.payment_id
     WHERE p.business_id = :'business' AND p.mode = 'Test' AND p.customer_id = :'customer'
     ORDER BY p.created_at DESC, p.id DESC
     LIMIT 21)
    UNION ALL
    (SELECT true, p.id, r.created_at, p.description, r.amount, r.currency, r.status, r.failure_message, p.card_brand, p.card_last_four, NULL
     FROM billing.refunds AS r
     JOIN billing.payments AS p ON r.payment_id = p.id
     WHERE r.business_id = :'business' AND r.mode = 'Test' AND r.customer_id = :'customer'
     ORDER BY r.created_at DESC, p.id DESC
     LIMIT 21)
) AS u
ORDER BY u.created_at DESC, u.id DESC
LIMIT 21 OFFSET 0;
