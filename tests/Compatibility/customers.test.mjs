// The portal's public API driven by the official Dodo Payments SDK (npm `dodopayments`, pinned in
// package.json). Run by tests/Integration/DodoSdkCompatibilityTests.cs, which starts the host on a
// loopback port and passes PORTAL_BASE_URL and PORTAL_API_KEY (a test-mode key of a new business).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import DodoPayments, { AuthenticationError, NotFoundError, UnprocessableEntityError } from 'dodopayments';

const baseURL = required('PORTAL_BASE_URL').replace(/\/+$/, '');
const bearerToken = required('PORTAL_API_KEY');

// No `environment`: with it the SDK would ignore (or refuse) baseURL and talk to Dodo's own servers.
const client = new DodoPayments({ bearerToken, baseURL, maxRetries: 0, timeout: 20_000 });

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run this through DodoSdkCompatibilityTests (dotnet test).`);
  }
  return value;
}

function uniqueEmail(label) {
  return `${label}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.com`;
}

function assertIsoTimestamp(value, field) {
  assert.equal(typeof value, 'string', `${field} should be a string`);
  assert.match(value, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/, `${field} should be ISO-8601: ${value}`);
  assert.ok(!Number.isNaN(Date.parse(value)), `${field} should parse as a date: ${value}`);
}

function assertCustomer(customer, expected) {
  assert.equal(typeof customer, 'object');
  assert.match(customer.customer_id, /^cus_[A-Za-z0-9]+$/);
  assert.equal(typeof customer.business_id, 'string');
  assert.ok(customer.business_id.length > 0, 'business_id should not be empty');
  assertIsoTimestamp(customer.created_at, 'created_at');
  assert.equal(customer.email, expected.email);
  assert.equal(customer.name, expected.name);
  assert.equal(customer.phone_number, expected.phone_number);
  assert.deepEqual(customer.metadata, expected.metadata);
}

function assertPortalLink(session) {
  assert.deepEqual(Object.keys(session), ['link'], 'the session answer is exactly {"link": "..."}');
  assert.equal(typeof session.link, 'string');
  const link = new URL(session.link);
  assert.ok(
    session.link.startsWith(baseURL + '/'),
    `the link ${session.link} should be on the portal under test (${baseURL})`,
  );
  assert.ok(link.pathname.includes('/session/'), `the link ${session.link} should contain /session/`);
  assert.ok(link.pathname.split('/').at(-1).length >= 20, 'the link should end with a long token');
  return session.link;
}

test('customers.create then customers.retrieve round-trip the Dodo customer shape', async () => {
  const input = {
    email: uniqueEmail('ada'),
    name: 'Ada Lovelace',
    phone_number: '+44 20 7946 0001',
    metadata: { crm_id: '42' },
  };

  const created = await client.customers.create(input);
  assertCustomer(created, input);

  const retrieved = await client.customers.retrieve(created.customer_id);
  assertCustomer(retrieved, input);
  assert.equal(retrieved.customer_id, created.customer_id);
  assert.equal(retrieved.business_id, created.business_id);
  // Same instant; compared as dates, since the text may differ below the millisecond.
  assert.equal(Date.parse(retrieved.created_at), Date.parse(created.created_at));
});

test('customers.create with only email and name answers null phone and empty metadata', async () => {
  const input = { email: uniqueEmail('grace'), name: 'Grace Hopper' };

  const created = await client.customers.create(input);

  assertCustomer(created, { ...input, phone_number: null, metadata: {} });
});

// The host under test runs on a fake clock that does not move: both customers below are created at the same instant,
// so their order (newest first, then by id) is not asserted here but in CustomersApiTests.
test('customers.list finds a customer by email in any case, by part of the name, by creation time, and pages past the end to nothing', async () => {
  const marker = Math.random().toString(36).slice(2, 10);
  const first = await client.customers.create({ email: uniqueEmail('lister'), name: `Lister ${marker} One` });
  const second = await client.customers.create({ email: uniqueEmail('lister'), name: `Lister ${marker} Two` });
  const both = [first.customer_id, second.customer_id].sort();
  const ids = (page) => page.items.map((c) => c.customer_id);

  const byEmail = await client.customers.list({ email: ` ${first.email.toUpperCase()} ` });
  assert.deepEqual(ids(byEmail), [first.customer_id]);
  assertCustomer(byEmail.items[0], { email: first.email, name: first.name, phone_number: null, metadata: {} });

  const byName = await client.customers.list({ name: `LISTER ${marker.toUpperCase()}` });
  assert.deepEqual(ids(byName).sort(), both);

  const created = Date.parse(first.created_at);
  const inTheirSecond = await client.customers.list({
    name: marker, created_at_gte: first.created_at, created_at_lte: new Date(created + 1000).toISOString() });
  assert.deepEqual(ids(inTheirSecond).sort(), both);
  const later = await client.customers.list({ name: marker, created_at_gte: new Date(created + 1000).toISOString() });
  assert.deepEqual(later.items, []);
  const earlier = await client.customers.list({ name: marker, created_at_lte: new Date(created - 1000).toISOString() });
  assert.deepEqual(earlier.items, []);

  const [page0, page1, page2] = await Promise.all([0, 1, 2].map((page_number) => client.customers.list({ name: marker, page_number, page_size: 1 })));
  assert.deepEqual([...ids(page0), ...ids(page1)].sort(), both);
  assert.deepEqual(page2.items, []);

  const nobody = await client.customers.list({ email: uniqueEmail('nobody') });
  assert.deepEqual(nobody.items, []);
});

test('customers.list refuses a filter it does not apply with 422 UNSUPPORTED_FILTER naming it', async () => {
  await assert.rejects(
    client.customers.list({ brand_id: 'brand_x' }),
    (error) => error instanceof UnprocessableEntityError && error.error.code === 'UNSUPPORTED_FILTER' && /brand_id/.test(error.error.message),
  );
});

test('customers.update changes the name, phone and metadata, keeps what is left out, and refuses a new email', async () => {
  const email = uniqueEmail('updated');
  const created = await client.customers.create({ email, name: 'Before', phone_number: '+39 06 1234 5678', metadata: { tier: 'gold' } });

  const renamed = await client.customers.update(created.customer_id, { name: 'After' });
  assertCustomer(renamed, { email, name: 'After', phone_number: '+39 06 1234 5678', metadata: { tier: 'gold' } });

  const cleared = await client.customers.update(created.customer_id, { phone_number: null, metadata: { crm: '7' }, email: email.toUpperCase() });
  assertCustomer(cleared, { email, name: 'After', phone_number: null, metadata: { crm: '7' } });
  assertCustomer(await client.customers.retrieve(created.customer_id), { email, name: 'After', phone_number: null, metadata: { crm: '7' } });

  await assert.rejects(
    client.customers.update(created.customer_id, { email: uniqueEmail('other'), name: 'Never' }),
    (error) => error instanceof UnprocessableEntityError && error.error.code === 'EMAIL_CHANGE_NOT_SUPPORTED',
  );
  await assert.rejects(client.customers.update(created.customer_id, { name: '' }), UnprocessableEntityError);
  await assert.rejects(client.customers.update('cus_doesnotexist0000000000000', { name: 'Nobody' }), NotFoundError);
  assert.equal((await client.customers.retrieve(created.customer_id)).name, 'After');
});

test('customers.customerPortal.create returns a one-time link that opens the confirm page', async () => {
  const customer = await client.customers.create({ email: uniqueEmail('link'), name: 'Link Tester' });

  const first = assertPortalLink(await client.customers.customerPortal.create(customer.customer_id));
  const second = assertPortalLink(await client.customers.customerPortal.create(customer.customer_id));
  assert.notEqual(first, second, 'every call makes a new link');

  const page = await fetch(first, { headers: { accept: 'text/html' }, redirect: 'manual' });
  assert.equal(page.status, 200);
  assert.match(await page.text(), /Sign in to /);
});

test('customers.customerPortal.create accepts a return_url', async () => {
  const customer = await client.customers.create({ email: uniqueEmail('back'), name: 'Return Tester' });

  const session = await client.customers.customerPortal.create(customer.customer_id, {
    return_url: 'https://example.com/back',
  });

  assertPortalLink(session);
});

test('customers.customerPortal.create with send_email also emails the link to the customer', async () => {
  // The xunit driver checks, after the run, that exactly one email reached this address.
  const customer = await client.customers.create({ email: 'sdk.send-email@example.com', name: 'Mail Tester' });

  const session = await client.customers.customerPortal.create(customer.customer_id, { send_email: true });

  assertPortalLink(session);
});

test('customers.retrieve of an unknown id rejects with NotFoundError (404, code NOT_FOUND)', async () => {
  await assert.rejects(client.customers.retrieve('cus_doesnotexist00000000000'), (error) => {
    assert.ok(error instanceof NotFoundError, `expected NotFoundError, got ${error?.constructor?.name}: ${error}`);
    assert.equal(error.status, 404);
    assert.equal(error.error?.code, 'NOT_FOUND');
    assert.equal(typeof error.error?.message, 'string');
    return true;
  });
});

test('customers.customerPortal.create for an unknown customer rejects with NotFoundError', async () => {
  await assert.rejects(client.customers.customerPortal.create('cus_doesnotexist00000000000'), (error) => {
    assert.ok(error instanceof NotFoundError, `expected NotFoundError, got ${error?.constructor?.name}: ${error}`);
    assert.equal(error.status, 404);
    return true;
  });
});

test('a wrong API key rejects with AuthenticationError (401)', async () => {
  const stranger = new DodoPayments({ bearerToken: 'sk_test_not_a_real_key', baseURL, maxRetries: 0 });

  await assert.rejects(stranger.customers.retrieve('cus_doesnotexist00000000000'), (error) => {
    assert.ok(error instanceof AuthenticationError, `expected AuthenticationError, got ${error?.constructor?.name}: ${error}`);
    assert.equal(error.status, 401);
    assert.equal(error.error?.code, 'UNAUTHORIZED');
    return true;
  });
});
