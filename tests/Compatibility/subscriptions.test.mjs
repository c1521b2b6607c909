// Subscriptions through the official Dodo Payments SDK: create (the first period is charged at once),
// list, retrieve, update, updatePaymentMethod (reactivation), the first payment in payments.list, and test mode's time travel (ours, called
// with the SDK's generic client.post). It subscribes to the monthly plan DodoSdkCompatibilityTests
// arranges for products.test.mjs (PORTAL_PRODUCT_ID: 12.50 EUR before tax, 22% VAT, 12 months); each
// test makes its own customer, so files running at once never meet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConflictError, NotFoundError, UnprocessableEntityError } from 'dodopayments';
import { clientFor, env } from './portal.mjs';

const client = clientFor('PORTAL_API_KEY');
const productId = env('PORTAL_PRODUCT_ID');
const rome = { country: 'IT', state: 'RM', city: 'Roma', street: 'Via del Corso 1', zipcode: '00186' };

async function newCustomer(label) {
  const email = `${label}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.com`;
  return client.customers.create({ email, name: 'Ada Subscriber' });
}

async function subscribe(customer, overrides = {}) {
  return client.subscriptions.create({
    customer: { customer_id: customer.customer_id },
    product_id: productId,
    quantity: 1,
    billing: rome,
    payment_method_id: 'pm_card_visa',
    ...overrides,
  });
}

function assertIso(value, field) {
  assert.equal(typeof value, 'string', `${field} should be a string`);
  assert.ok(!Number.isNaN(Date.parse(value)), `${field} should parse as a date: ${value}`);
}

test('subscriptions.create charges the first period; retrieve, list and payments.list show it in the Dodo shape', async () => {
  const customer = await newCustomer('sub.create');
  const created = await subscribe(customer, { quantity: 2 });

  assert.match(created.subscription_id, /^sub_[a-z0-9]+$/);
  assert.match(created.payment_id, /^pay_[a-z0-9]+$/);
  assert.equal(created.status, 'active');
  assert.equal(created.recurring_pre_tax_amount, 2500);
  assert.equal(created.payment_method_required, true);
  assert.deepEqual(created.customer, { customer_id: customer.customer_id, email: customer.email, name: 'Ada Subscriber' });
  assert.deepEqual(created.metadata, {});
  assert.deepEqual(created.addons, []);

  const subscription = await client.subscriptions.retrieve(created.subscription_id);
  assert.equal(subscription.subscription_id, created.subscription_id);
  assert.equal(subscription.status, 'active');
  assert.equal(subscription.product_id, productId);
  assert.equal(subscription.quantity, 2);
  assert.equal(subscription.recurring_pre_tax_amount, 2500);
  assert.equal(subscription.currency, 'EUR');
  assert.equal(subscription.tax_inclusive, false);
  assert.equal(subscription.payment_frequency_interval, 'Month');
  assert.equal(subscription.payment_frequency_count, 1);
  assert.equal(subscription.subscription_period_interval, 'Month');
  assert.equal(subscription.subscription_period_count, 12);
  assert.equal(subscription.trial_period_days, 0);
  assert.equal(subscription.on_demand, false);
  assert.equal(subscription.cancel_at_next_billing_date, false);
  assert.equal(subscription.cancelled_at, null);
  assert.equal(subscription.has_payment_method, true);
  assert.match(subscription.payment_method_id, /^pm_[a-z0-9]+$/);
  assert.deepEqual(subscription.billing, rome);
  assert.equal(subscription.customer.email, customer.email);
  for (const field of ['created_at', 'previous_billing_date', 'next_billing_date']) {
    assertIso(subscription[field], field);
  }
  assert.ok(Date.parse(subscription.next_billing_date) > Date.parse(subscription.previous_billing_date));

  const listed = await client.subscriptions.list({ customer_id: customer.customer_id, page_number: 0 });
  assert.deepEqual(listed.items.map((s) => s.subscription_id), [created.subscription_id]);
  assert.equal(listed.items[0].product_name, 'SDK Pro');
  assert.deepEqual(listed.items[0].discounts, []);
  const ids = async (filters) => (await client.subscriptions.list({ customer_id: customer.customer_id, ...filters })).items.map((s) => s.subscription_id);
  assert.deepEqual(await ids({ product_id: productId, cancel_at_next_billing_date: false }), [created.subscription_id]);
  assert.deepEqual(await ids({ cancel_at_next_billing_date: true }), []);
  assert.deepEqual(await ids({ product_id: 'pdt_other0000000000000000' }), []);
  const at = Date.parse(subscription.created_at);
  assert.deepEqual(await ids({ created_at_gte: new Date(at - 60_000).toISOString(), created_at_lte: new Date(at + 60_000).toISOString() }), [created.subscription_id]);
  assert.deepEqual(await ids({ created_at_gte: new Date(at + 60_000).toISOString() }), []);
  await assert.rejects(
    client.subscriptions.list({ brand_id: 'brand_1' }),
    (error) => error instanceof UnprocessableEntityError && error.error.code === 'UNSUPPORTED_FILTER',
  );

  const payments = await client.payments.list({ subscription_id: created.subscription_id, page_number: 0 });
  assert.deepEqual(payments.items.map((p) => p.payment_id), [created.payment_id]);
  assert.equal(payments.items[0].status, 'succeeded');
  assert.equal(payments.items[0].total_amount, 3050);
  assert.equal(payments.items[0].subscription_id, created.subscription_id);
});

test('a declined first payment answers a failed subscription, listed by status', async () => {
  const customer = await newCustomer('sub.declined');
  const created = await subscribe(customer, { payment_method_id: 'pm_card_chargeCustomerFail' });

  assert.equal(created.status, 'failed');
  assert.equal((await client.payments.retrieve(created.payment_id)).status, 'failed');
  const failed = await client.subscriptions.list({ customer_id: customer.customer_id, status: 'failed', page_number: 0 });
  assert.deepEqual(failed.items.map((s) => s.subscription_id), [created.subscription_id]);
  const active = await client.subscriptions.list({ customer_id: customer.customer_id, status: 'active', page_number: 0 });
  assert.deepEqual(active.items, []);
});

test('subscriptions.update changes billing and name, schedules and undoes, then cancels once', async () => {
  const customer = await newCustomer('sub.update');
  const { subscription_id: id } = await subscribe(customer);

  const billed = await client.subscriptions.update(id, { billing: { country: 'DE', city: 'Berlin' }, customer_name: 'Ada King' });
  assert.deepEqual(billed.billing, { country: 'DE', state: null, city: 'Berlin', street: null, zipcode: null });
  assert.equal(billed.customer.name, 'Ada King');
  assert.equal((await client.customers.retrieve(customer.customer_id)).name, 'Ada King');

  assert.equal((await client.subscriptions.update(id, { cancel_at_next_billing_date: true })).cancel_at_next_billing_date, true);
  const undone = await client.subscriptions.update(id, { cancel_at_next_billing_date: false });
  assert.equal(undone.cancel_at_next_billing_date, false);
  assert.equal(undone.status, 'active');

  const cancelled = await client.subscriptions.update(id, { status: 'cancelled', cancellation_feedback: 'too_expensive', cancellation_comment: 'SDK test' });
  assert.equal(cancelled.status, 'cancelled');
  assert.equal(cancelled.cancellation_feedback, 'too_expensive');
  assertIso(cancelled.cancelled_at, 'cancelled_at');

  const again = await client.subscriptions.update(id, { status: 'cancelled' }).catch((error) => error);
  assert.ok(again instanceof ConflictError, `a second cancel should be a ConflictError, got ${again}`);
  assert.equal(again.headers.get('x-should-retry'), 'false');
  assert.equal((await client.subscriptions.retrieve(id)).cancelled_at, cancelled.cancelled_at);
});

test('test-mode time travel renews now, or puts the subscription on hold with a simulated decline', async () => {
  const customer = await newCustomer('sub.travel');
  const { subscription_id: id } = await subscribe(customer);

  const renewed = await client.post(`/subscriptions/${id}/test/advance`, { body: {} });
  assert.equal(renewed.status, 'active');
  const payments = await client.payments.list({ subscription_id: id, page_number: 0 });
  assert.equal(payments.items.length, 2);

  const onHold = await client.post(`/subscriptions/${id}/test/advance`, { body: { simulate_decline: true } });
  assert.equal(onHold.status, 'on_hold');
  assert.equal((await client.subscriptions.retrieve(id)).status, 'on_hold');
});

test('subscriptions.updatePaymentMethod with an existing method pays the dues of an on-hold subscription (payment_id) and reactivates it', async () => {
  const customer = await newCustomer('sub.reactivate');
  const { subscription_id: id } = await subscribe(customer);
  await client.post(`/subscriptions/${id}/test/advance`, { body: { simulate_decline: true } });
  const [card] = (await client.customers.retrievePaymentMethods(customer.customer_id)).items;

  const paid = await client.subscriptions.updatePaymentMethod(id, { payment_method: { type: 'existing', payment_method_id: card.payment_method_id } });
  assert.match(paid.payment_id, /^pay_[a-z0-9]+$/);
  assert.equal(paid.payment_link, null);
  assert.equal(paid.client_secret, null);
  assert.equal(paid.status, 'active');
  assert.equal(paid.payment_status, 'succeeded');
  assert.equal((await client.subscriptions.retrieve(id)).status, 'active');
  assert.equal((await client.payments.retrieve(paid.payment_id)).status, 'succeeded');

  const again = await client.subscriptions.updatePaymentMethod(id, { payment_method: { type: 'existing', payment_method_id: card.payment_method_id } });
  assert.equal(again.payment_id, null, 'an active subscription only changes its method');
  assert.equal((await client.payments.list({ subscription_id: id, page_number: 0 })).items.length, 2);
});

test('subscriptions.updatePaymentMethod with a new method answers a portal link (with a way back to return_url); an unsafe return_url is Unprocessable', async () => {
  const customer = await newCustomer('sub.newcard');
  const { subscription_id: id } = await subscribe(customer);

  const link = await client.subscriptions.updatePaymentMethod(id, { payment_method: { type: 'new' } });
  assert.match(link.payment_link, /^https?:\/\/.+\/session\/[A-Za-z0-9_-]+$/);
  assert.equal(link.payment_id, null);
  assert.equal(link.status, 'active');
  const back = await client.subscriptions.updatePaymentMethod(id, { payment_method: { type: 'new', return_url: 'https://shop.example/back' } });
  assert.match(back.payment_link, /^https?:\/\/.+\/session\/[A-Za-z0-9_-]+$/);
  assert.notEqual(back.payment_link, link.payment_link, 'each call makes its own one-time link');

  await assert.rejects(
    client.subscriptions.updatePaymentMethod(id, { payment_method: { type: 'new', return_url: 'http://shop.example/back' } }),
    UnprocessableEntityError);
  await assert.rejects(
    client.subscriptions.updatePaymentMethod(id, { payment_method: { type: 'existing', payment_method_id: 'pm_doesnotexist0000000000' } }),
    NotFoundError);
  await assert.rejects(
    client.subscriptions.updatePaymentMethod('sub_doesnotexist0000000000', { payment_method: { type: 'new' } }),
    NotFoundError);
});

test('unknown ids are NotFound; what the platform cannot do is Unprocessable', async () => {
  const customer = await newCustomer('sub.errors');
  const { subscription_id: id } = await subscribe(customer);

  await assert.rejects(client.subscriptions.retrieve('sub_doesnotexist0000000000'), NotFoundError);
  await assert.rejects(client.subscriptions.update('sub_doesnotexist0000000000', { customer_name: 'x' }), NotFoundError);
  await assert.rejects(subscribe(customer, { product_id: 'prod_doesnotexist0000000000' }), NotFoundError);
  await assert.rejects(
    client.subscriptions.create({ customer: { email: 'new@example.com', name: 'New' }, product_id: productId, quantity: 1, billing: rome }),
    UnprocessableEntityError,
  );
  await assert.rejects(subscribe(customer, { payment_link: true }), UnprocessableEntityError);
  await assert.rejects(subscribe(customer, { billing: { country: 'XX' } }), UnprocessableEntityError);
  await assert.rejects(client.subscriptions.update(id, { status: 'paused' }), UnprocessableEntityError);
  await assert.rejects(client.subscriptions.update(id, { billing: null }), UnprocessableEntityError);
  await assert.rejects(client.subscriptions.list({ page_number: 0, page_size: 500 }), UnprocessableEntityError);
  await assert.rejects(client.subscriptions.list({ page_number: 0, status: 'paused' }), UnprocessableEntityError);
  assert.deepEqual((await client.subscriptions.list({ customer_id: customer.customer_id, page_number: 3 })).items, []);
});
