// Products and product collections through the official Dodo Payments SDK. DodoSdkCompatibilityTests
// arranges, in test mode, a monthly product with a 12-payment term and license keys
// (PORTAL_PRODUCT_ID), a one-time product (PORTAL_ONE_TIME_PRODUCT_ID), an archived one
// (PORTAL_ARCHIVED_PRODUCT_ID) and a collection of the first two in tier order
// (PORTAL_PRODUCT_COLLECTION_ID), and passes their ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NotFoundError, UnprocessableEntityError } from 'dodopayments';
import { clientFor, env } from './portal.mjs';

const client = clientFor('PORTAL_API_KEY');
const monthlyId = env('PORTAL_PRODUCT_ID');
const oneTimeId = env('PORTAL_ONE_TIME_PRODUCT_ID');
const archivedId = env('PORTAL_ARCHIVED_PRODUCT_ID');
const collectionId = env('PORTAL_PRODUCT_COLLECTION_ID');

test('products.list pages from zero, filters by recurring and archived, and answers empty past the end', async () => {
  const page = await client.products.list({ page_number: 0 });
  assert.deepEqual(page.items.map((p) => p.product_id).sort(), [monthlyId, oneTimeId].sort());
  const monthly = page.items.find((p) => p.product_id === monthlyId);
  assert.equal(monthly.name, 'SDK Pro');
  assert.equal(monthly.price, 1250);
  assert.equal(monthly.currency, 'EUR');
  assert.equal(monthly.is_recurring, true);
  assert.equal(monthly.tax_inclusive, false);
  assert.equal(monthly.tax_category, 'digital_products');
  assert.equal(monthly.price_detail.type, 'recurring_price');
  assert.deepEqual(monthly.entitlements, []);

  const recurring = await client.products.list({ page_number: 0, recurring: true });
  assert.deepEqual(recurring.items.map((p) => p.product_id), [monthlyId]);
  const oneTime = await client.products.list({ page_number: 0, recurring: false });
  assert.deepEqual(oneTime.items.map((p) => p.product_id), [oneTimeId]);
  const archived = await client.products.list({ page_number: 0, archived: true });
  assert.deepEqual(archived.items.map((p) => p.product_id), [archivedId]);

  const past = await client.products.list({ page_number: 4, page_size: 10 });
  assert.deepEqual(past.items, []);
});

test('products.retrieve answers the Dodo product shape for a subscription and a one-time product', async () => {
  const monthly = await client.products.retrieve(monthlyId);
  assert.equal(monthly.product_id, monthlyId);
  assert.equal(monthly.is_recurring, true);
  assert.equal(monthly.license_key_enabled, true);
  assert.equal(monthly.license_key_activations_limit, 3);
  assert.deepEqual(monthly.license_key_duration, { count: 365, interval: 'Day' });
  assert.equal(monthly.price.type, 'recurring_price');
  assert.equal(monthly.price.price, 1250);
  assert.equal(monthly.price.currency, 'EUR');
  assert.equal(monthly.price.payment_frequency_interval, 'Month');
  assert.equal(monthly.price.payment_frequency_count, 1);
  assert.equal(monthly.price.subscription_period_interval, 'Month');
  assert.equal(monthly.price.subscription_period_count, 12);
  assert.equal(monthly.price.tax_inclusive, false);
  assert.match(monthly.created_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);

  const once = await client.products.retrieve(oneTimeId);
  assert.equal(once.is_recurring, false);
  assert.equal(once.license_key_enabled, false);
  assert.deepEqual(
    { type: once.price.type, price: once.price.price, currency: once.price.currency },
    { type: 'one_time_price', price: 1000, currency: 'JPY' },
  );
});

test('productCollections.list and retrieve answer the collection with its products in tier order', async () => {
  const list = await client.productCollections.list({ page_number: 0 });
  assert.deepEqual(list.items.map((c) => [c.id, c.name, c.products_count]), [[collectionId, 'SDK tiers', 2]]);

  const collection = await client.productCollections.retrieve(collectionId);
  assert.equal(collection.id, collectionId);
  assert.equal(collection.name, 'SDK tiers');
  assert.equal(collection.groups.length, 1);
  const [group] = collection.groups;
  assert.equal(group.status, true);
  assert.deepEqual(group.products.map((p) => p.product_id), [oneTimeId, monthlyId]);
  assert.equal(group.products[1].price_detail.type, 'recurring_price');
  assert.equal(group.products[1].is_recurring, true);
});

test('unknown or malformed ids are NotFound, bad paging is refused', async () => {
  await assert.rejects(client.products.retrieve('pdt_doesnotexist0000000000'), NotFoundError);
  await assert.rejects(client.products.retrieve('not-an-id'), NotFoundError);
  await assert.rejects(client.productCollections.retrieve('pdc_doesnotexist0000000000'), NotFoundError);
  await assert.rejects(client.productCollections.retrieve(monthlyId), NotFoundError);
  await assert.rejects(client.products.list({ page_number: 0, page_size: 500 }), UnprocessableEntityError);
  await assert.rejects(client.productCollections.list({ page_number: -1 }), UnprocessableEntityError);
});
