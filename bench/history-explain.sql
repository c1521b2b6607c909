-- The first page of the invoice history as EF Core sends it (ListTransactionsQueryHandler: 20 rows and one
-- more to know whether a next page exists), for EXPLAIN in bench/run; psql variables :business, :customer.
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT p.id, p.created_at, p.description, p.total, p.currency, p.status, p.failure_message, p.card_brand, p.card_last_four, i.number
FROM billing.payments AS p
LEFT JOIN billing.invoices AS i ON p.id = i.payment_id
WHERE p.business_id = :'business' AND p.mode = 'Test' AND p.customer_id = :'customer'
ORDER BY p.created_at DESC, p.id DESC
LIMIT 21 OFFSET 0;
