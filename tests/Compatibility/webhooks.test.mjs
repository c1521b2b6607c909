// Webhooks through the official Dodo Payments SDK: endpoints created, listed through the cursor,
// updated, given headers and deleted; then a subscription's life (created and paid, put on hold,
// reactivated, plan changed, cancelled) delivered to a receiver on this machine, each delivery checked
// with the SDK's own client.webhooks.unwrap, as a merchant's handler does, and a tampered body refused.
// DodoSdkCompatibilityTests arranges a business of its own for it (PORTAL_HOOKS_*), whose host relays
// events and runs jobs in the background, as in production.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { NotFoundError } from 'dodopayments';
import { clientFor, env } from './portal.mjs';

const client = clientFor('PORTAL_HOOKS_API_KEY');
const basic = env('PORTAL_HOOKS_BASIC_ID');
const team = env('PORTAL_HOOKS_TEAM_ID');

/** A merchant's receiver: keeps every request's headers and raw body, answers 200. */
function startReceiver() {
  const received = [];
  const waiters = [];
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(200).end();
      for (const waiter of waiters.splice(0)) {
        waiter();
      }
    });
  });
  const until = async (done, what) => {
    const deadline = Date.now() + 30_000;
    while (!done(received)) {
      const left = deadline - Date.now();
      assert.ok(left > 0, `the receiver never got ${what}; it got ${received.map((r) => JSON.parse(r.body).type).join(', ') || 'nothing'}`);
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, left);
        waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  };
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}/dodo-hooks`,
    received,
    until,
    close: () => new Promise((done) => server.close(done)),
  })));
}

test('webhooks.create, list through the cursor, retrieve, update, headers, retrieveSecret and delete', async () => {
  const created = [];
  for (const path of ['a', 'b', 'c']) {
    created.push(await client.webhooks.create({ url: `https://hooks.example/${path}`, description: `Endpoint ${path}`, metadata: { path } }));
  }

  const listed = [];
  for await (const endpoint of client.webhooks.list({ limit: 2 })) {
    listed.push(endpoint.id);
  }
  const first = created[0];
  const updated = await client.webhooks.update(first.id, { description: 'Orders', filter_types: ['payment.succeeded'], disabled: true });
  await client.webhooks.headers.update(first.id, { headers: { 'X-Shop': 'acme' } });
  const headers = await client.webhooks.headers.retrieve(first.id);
  const { secret } = await client.webhooks.retrieveSecret(first.id);
  for (const endpoint of created) {
    await client.webhooks.delete(endpoint.id);
  }

  assert.match(first.id, /^whk_[a-z0-9]+$/);
  assert.equal(first.url, 'https://hooks.example/a');
  assert.deepEqual(first.metadata, { path: 'a' });
  assert.deepEqual(listed, created.map((e) => e.id));
  assert.equal(updated.description, 'Orders');
  assert.deepEqual(updated.filter_types, ['payment.succeeded']);
  assert.equal(updated.disabled, true);
  assert.deepEqual(headers.headers, { 'X-Shop': 'acme' });
  assert.match(secret, /^whsec_/);
  await assert.rejects(client.webhooks.retrieve(first.id), NotFoundError);
});

test("a subscription's life reaches the merchant's handler, each delivery verified by client.webhooks.unwrap", async () => {
  const receiver = await startReceiver();
  const endpoint = await client.webhooks.create({ url: receiver.url, description: 'SDK receiver' });
  const { secret } = await client.webhooks.retrieveSecret(endpoint.id);
  try {
    const email = `hooks.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.com`;
    const customer = await client.customers.create({ email, name: 'Ada Hooked' });
    const created = await client.subscriptions.create({
      customer: { customer_id: customer.customer_id },
      product_id: basic,
      quantity: 1,
      billing: { country: 'IT', state: 'RM', city: 'Roma', street: 'Via del Corso 1', zipcode: '00186' },
      payment_method_id: 'pm_card_visa',
    });
    const id = created.subscription_id;
    const ofThis = (type) => (all) => all.filter((r) => { const e = JSON.parse(r.body); return e.type === type && e.data.subscription_id === id; });
    const count = (type) => (all) => ofThis(type)(all).length;

    await receiver.until((all) => count('subscription.active')(all) === 1, 'subscription.active');
    await client.post(`/subscriptions/${id}/test/advance`, { body: { simulate_decline: true } });
    await receiver.until((all) => count('subscription.on_hold')(all) === 1, 'subscription.on_hold');
    const [card] = (await client.customers.retrievePaymentMethods(customer.customer_id)).items;
    await client.subscriptions.updatePaymentMethod(id, { payment_method: { type: 'existing', payment_method_id: card.payment_method_id } });
    await receiver.until((all) => count('subscription.active')(all) === 2, 'subscription.active after the reactivation');
    await client.subscriptions.changePlan(id, { product_id: team, quantity: 1, proration_billing_mode: 'difference_immediately' });
    await receiver.until((all) => count('subscription.plan_changed')(all) === 1, 'subscription.plan_changed');
    await client.subscriptions.update(id, { status: 'cancelled' });
    await receiver.until((all) => count('subscription.cancelled')(all) === 1, 'subscription.cancelled');

    const events = receiver.received.map((r) => client.webhooks.unwrap(r.body, { headers: r.headers, key: secret }));
    const types = events.filter((e) => e.data.subscription_id === id).map((e) => e.type);
    for (const type of ['payment.succeeded', 'subscription.active', 'subscription.on_hold', 'subscription.plan_changed', 'subscription.cancelled']) {
      assert.ok(types.includes(type), `${type} was not delivered: ${types.join(', ')}`);
    }
    const cancelled = events.find((e) => e.type === 'subscription.cancelled');
    assert.equal(cancelled.data.payload_type, 'Subscription');
    assert.equal(cancelled.data.status, 'cancelled');
    assert.equal(cancelled.data.product_id, team);
    assert.equal(cancelled.business_id, env('PORTAL_HOOKS_BUSINESS_ID'));
    assert.ok(!Number.isNaN(Date.parse(cancelled.timestamp)));
    const paid = events.find((e) => e.type === 'payment.succeeded' && e.data.subscription_id === id);
    assert.equal(paid.data.payload_type, 'Payment');
    assert.equal(paid.data.status, 'succeeded');
    assert.equal(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size, receiver.received.length);

    const tampered = receiver.received[0].body.replace('"type":"', '"type":"x');
    assert.throws(() => client.webhooks.unwrap(tampered, { headers: receiver.received[0].headers, key: secret }));
  } finally {
    await client.webhooks.delete(endpoint.id);
    await receiver.close();
  }
});
