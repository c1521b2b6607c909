// Plan changes through the official Dodo Payments SDK: previewChangePlan and changePlan between the two
// tiers DodoSdkCompatibilityTests arranges (PORTAL_BASIC_PRODUCT_ID 10 EUR, PORTAL_TEAM_PRODUCT_ID 40 EUR,
// 22% VAT, one collection, updates allowed) in a business of their own (PORTAL_PLANS_API_KEY). Each test makes its own customer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NotFoundError, UnprocessableEntityError } from 'dodopayments';
import { clientFor, env } from './portal.mjs';

const client = clientFor('PORTAL_PLANS_API_KEY');
const basic = env('PORTAL_BASIC_PRODUCT_ID');
const team = env('PORTAL_TEAM_PRODUCT_ID');

async function subscribeToBasic(label) {
  const email = `${label}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.com`;
  const customer = await client.customers.create({ email, name: 'Ada Upgrader' });
  return client.subscriptions.create({
    customer: { customer_id: customer.customer_id },
    product_id: basic,
    quantity: 1,
    billing: { country: 'IT', city: 'Roma', street: 'Via del Corso 1', zipcode: '00186', state: 'RM' },
    payment_method_id: 'pm_card_visa',
  });
}

test('subscriptions.previewChangePlan prices the upgrade and changePlan charges it and moves the plan', async () => {
  const created = await subscribeToBasic('plan.upgrade');
  const body = { product_id: team, quantity: 1, proration_billing_mode: 'difference_immediately' };

  const preview = await client.subscriptions.previewChangePlan(created.subscription_id, body);

  assert.equal(preview.immediate_charge.summary.total_amount, 3660);
  assert.equal(preview.immediate_charge.summary.tax, 660);
  assert.equal(preview.immediate_charge.summary.settlement_amount, 3660);
  assert.equal(preview.immediate_charge.summary.customer_credits, 0);
  assert.equal(preview.immediate_charge.line_items.length, 1);
  assert.equal(preview.immediate_charge.line_items[0].type, 'subscription');
  assert.equal(preview.immediate_charge.line_items[0].product_id, team);
  assert.equal(preview.new_plan.product_id, team);
  assert.equal(preview.new_plan.recurring_pre_tax_amount, 4000);
  assert.equal((await client.subscriptions.retrieve(created.subscription_id)).product_id, basic);

  const changed = await client.subscriptions.changePlan(created.subscription_id, body);

  assert.match(changed.payment_id, /^pay_[a-z0-9]+$/);
  const payment = await client.payments.retrieve(changed.payment_id);
  assert.equal(payment.total_amount, 3660);
  assert.equal(payment.status, 'succeeded');
  const after = await client.subscriptions.retrieve(created.subscription_id);
  assert.equal(after.product_id, team);
  assert.equal(after.recurring_pre_tax_amount, 4000);
});

test('subscriptions.changePlan refuses what it cannot do with 422 and a foreign id with 404', async () => {
  const created = await subscribeToBasic('plan.refused');

  await assert.rejects(
    client.subscriptions.changePlan(created.subscription_id, { product_id: team, quantity: 1, proration_billing_mode: 'full_immediately', effective_at: 'next_billing_date' }),
    (error) => error instanceof UnprocessableEntityError && error.error?.code === 'UNSUPPORTED_FIELD');
  await assert.rejects(
    client.subscriptions.changePlan(created.subscription_id, { product_id: team, quantity: 0, proration_billing_mode: 'full_immediately' }),
    (error) => error instanceof UnprocessableEntityError && error.error?.code === 'INVALID_QUANTITY');
  await assert.rejects(
    client.subscriptions.previewChangePlan('sub_doesnotexist0000000000', { product_id: team, quantity: 1, proration_billing_mode: 'do_not_bill' }),
    NotFoundError);
  assert.equal((await client.subscriptions.retrieve(created.subscription_id)).product_id, basic);
});
