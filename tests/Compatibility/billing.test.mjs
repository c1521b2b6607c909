// Billing through the official Dodo Payments SDK: saved payment methods, payments and invoice PDFs.
// DodoSdkCompatibilityTests arranges a customer (PORTAL_PAYER_ID) with two cards, one paid and one
// failed payment, and passes their ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NotFoundError, UnprocessableEntityError } from 'dodopayments';
import { clientFor, env } from './portal.mjs';

const client = clientFor('PORTAL_API_KEY');
const payer = env('PORTAL_PAYER_ID');
const paidId = env('PORTAL_PAID_PAYMENT_ID');
const failedId = env('PORTAL_FAILED_PAYMENT_ID');

test('customers.retrievePaymentMethods lists the saved cards, default first, without numbers', async () => {
  const { items } = await client.customers.retrievePaymentMethods(payer);
  assert.equal(items.length, 2);
  const [first, second] = items;
  assert.equal(first.payment_method, 'card');
  assert.match(first.payment_method_id, /^pm_[a-z0-9]+$/);
  assert.equal(first.card.card_network, 'visa');
  assert.equal(first.card.last4_digits, '4242');
  assert.match(first.card.expiry_month, /^\d{2}$/);
  assert.match(first.card.expiry_year, /^\d{4}$/);
  assert.equal(first.recurring_enabled, true);
  assert.equal(second.card.last4_digits, '0341');
  assert.ok(!JSON.stringify(items).includes('4242424242424242'), 'no card number in the answer');
});

test('payments.retrieve answers the Dodo payment shape for a paid and a failed payment', async () => {
  const paid = await client.payments.retrieve(paidId);
  assert.equal(paid.payment_id, paidId);
  assert.equal(paid.status, 'succeeded');
  assert.equal(paid.total_amount, 3050);
  assert.equal(paid.tax, 550);
  assert.equal(paid.currency, 'EUR');
  assert.equal(paid.customer.customer_id, payer);
  assert.equal(paid.customer.email, 'sdk.payer@example.com');
  assert.match(paid.invoice_id, /^inv_[a-z0-9]+$/);
  assert.deepEqual(paid.product_cart, [{ product_id: 'prod_pro', quantity: 2 }]);

  const failed = await client.payments.retrieve(failedId);
  assert.equal(failed.status, 'failed');
  assert.equal(failed.error_code, 'card_declined');
  assert.equal(failed.invoice_id, null);
});

test('payments.list filters by customer and status and pages from zero', async () => {
  const all = await client.payments.list({ customer_id: payer, page_number: 0, page_size: 10 });
  assert.deepEqual(all.items.map((p) => p.payment_id).sort(), [paidId, failedId].sort());

  const failedOnly = await client.payments.list({ customer_id: payer, status: 'failed', page_number: 0 });
  assert.deepEqual(failedOnly.items.map((p) => p.payment_id), [failedId]);

  const past = await client.payments.list({ customer_id: payer, page_number: 5, page_size: 10 });
  assert.deepEqual(past.items, []);
});

test('payments.list filters by product, currency and creation time, and refuses a filter it does not apply', async () => {
  const ids = (page) => page.items.map((p) => p.payment_id).sort();
  assert.deepEqual(ids(await client.payments.list({ customer_id: payer, product_id: 'prod_pro' })), [paidId, failedId].sort());
  assert.deepEqual(ids(await client.payments.list({ customer_id: payer, product_id: 'prod_other' })), []);
  assert.deepEqual(ids(await client.payments.list({ customer_id: payer, currency: 'EUR' })), [paidId, failedId].sort());
  assert.deepEqual(ids(await client.payments.list({ customer_id: payer, currency: 'USD' })), []);

  const created = Date.parse((await client.payments.retrieve(paidId)).created_at);
  const around = { created_at_gte: new Date(created - 3_600_000).toISOString(), created_at_lte: new Date(created + 3_600_000).toISOString() };
  assert.deepEqual(ids(await client.payments.list({ customer_id: payer, ...around })), [paidId, failedId].sort());
  assert.deepEqual(ids(await client.payments.list({ customer_id: payer, created_at_gte: new Date(created + 3_600_000).toISOString() })), []);
  assert.deepEqual(ids(await client.payments.list({ customer_id: payer, product_id: 'prod_pro', page_number: 3, page_size: 1 })), []);

  await assert.rejects(
    client.payments.list({ customer_id: payer, brand_id: 'brand_1' }),
    (error) => error instanceof UnprocessableEntityError && error.error.code === 'UNSUPPORTED_FILTER' && /brand_id/.test(error.error.message),
  );
});

test('invoices.payments.retrieve downloads the invoice PDF of a paid payment', async () => {
  const response = await client.invoices.payments.retrieve(paidId);
  assert.equal(response.headers.get('content-type'), 'application/pdf');
  const bytes = new Uint8Array(await response.arrayBuffer());
  assert.equal(new TextDecoder().decode(bytes.slice(0, 5)), '%PDF-');
  assert.ok(bytes.length > 1000, 'a real document, not an empty body');
});

test('unknown, failed or foreign ids are NotFound, bad filters are refused', async () => {
  await assert.rejects(client.invoices.payments.retrieve(failedId), NotFoundError);
  await assert.rejects(client.payments.retrieve('pay_doesnotexist0000000000'), NotFoundError);
  await assert.rejects(client.customers.retrievePaymentMethods('cus_doesnotexist0000000000'), NotFoundError);
  await assert.rejects(client.payments.list({ page_number: 0, page_size: 500 }), UnprocessableEntityError);
});

test('refunds.create gives the paid payment back once; a second refund is refused', async () => {
  const refund = await client.refunds.create({ payment_id: paidId, reason: 'SDK compatibility' });
  assert.equal(refund.payment_id, paidId);
  assert.equal(refund.status, 'succeeded');
  assert.equal(refund.amount, 3050);
  assert.equal(refund.is_partial, false);
  assert.match(refund.refund_id, /^rfd_[a-z0-9]+$/);

  const payment = await client.payments.retrieve(paidId);
  assert.equal(payment.refunds.length, 1);
  assert.equal(payment.refund_status, 'full');

  await assert.rejects(client.refunds.create({ payment_id: paidId }), UnprocessableEntityError);

  const retrieved = await client.refunds.retrieve(refund.refund_id);
  assert.deepEqual({ ...retrieved, created_at: Date.parse(retrieved.created_at) }, { ...refund, created_at: Date.parse(refund.created_at) });
  const listed = await client.refunds.list({ customer_id: payer, status: 'succeeded' });
  assert.deepEqual(listed.items.map((r) => r.refund_id), [refund.refund_id]);
  assert.deepEqual((await client.refunds.list({ customer_id: payer, status: 'pending' })).items, []);
  assert.deepEqual((await client.refunds.list({ customer_id: payer, page_number: 2, page_size: 1 })).items, []);
  await assert.rejects(client.refunds.retrieve('rfd_doesnotexist000000000000'), NotFoundError);
  await assert.rejects(
    client.refunds.list({ payment_id: paidId }),
    (error) => error instanceof UnprocessableEntityError && error.error.code === 'UNSUPPORTED_FILTER',
  );
});
