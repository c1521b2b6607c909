// License keys through the official Dodo Payments SDK. DodoSdkCompatibilityTests arranges a business of
// their own (PORTAL_LICENSES_API_KEY) where a customer bought a product with keys (limit 2): its key is
// PORTAL_LICENSE_KEY (id PORTAL_LICENSE_KEY_ID). licenses.* are public: that client has no real API key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import DodoPayments, { NotFoundError, UnprocessableEntityError } from 'dodopayments';
import { baseURL, clientFor, env } from './portal.mjs';

const merchant = clientFor('PORTAL_LICENSES_API_KEY');
// The SDK insists on a bearer token; the public endpoints ignore it, so any string does.
const software = new DodoPayments({ bearerToken: 'no-api-key-needed', baseURL: `${baseURL()}/test`, maxRetries: 0, timeout: 20_000 });
const licenseKey = env('PORTAL_LICENSE_KEY');
const licenseKeyId = env('PORTAL_LICENSE_KEY_ID');

test('licenses.activate, validate and deactivate: the limit holds and a freed seat can be taken again', async () => {
  const first = await software.licenses.activate({ license_key: licenseKey, name: 'Build server' });
  assert.match(first.id, /^lki_/);
  assert.equal(first.license_key_id, licenseKeyId);
  assert.equal(first.name, 'Build server');
  assert.equal(first.customer.customer_id, env('PORTAL_LICENSE_CUSTOMER_ID'));
  assert.equal(first.customer.email, 'sdk.licensee@example.com');
  assert.equal(first.product.product_id, env('PORTAL_LICENSE_PRODUCT_ID'));
  assert.equal(first.product.name, 'SDK Desktop');

  const second = await software.licenses.activate({ license_key: licenseKey, name: 'Laptop' });
  await assert.rejects(software.licenses.activate({ license_key: licenseKey, name: 'One too many' }), (error) =>
    error instanceof UnprocessableEntityError && error.error.code === 'ACTIVATION_LIMIT_REACHED');

  assert.deepEqual(await software.licenses.validate({ license_key: licenseKey, license_key_instance_id: first.id }), { valid: true });
  await software.licenses.deactivate({ license_key: licenseKey, license_key_instance_id: first.id });
  assert.deepEqual(await software.licenses.validate({ license_key: licenseKey, license_key_instance_id: first.id }), { valid: false });
  assert.deepEqual(await software.licenses.validate({ license_key: licenseKey }), { valid: true });

  const third = await software.licenses.activate({ license_key: licenseKey, name: 'New laptop' });
  await software.licenses.deactivate({ license_key: licenseKey, license_key_instance_id: third.id });
  await software.licenses.deactivate({ license_key: licenseKey, license_key_instance_id: second.id });
});

test('licenses.* on a made-up key is a NotFoundError', async () => {
  await assert.rejects(software.licenses.validate({ license_key: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF' }), NotFoundError);
  await assert.rejects(software.licenses.activate({ license_key: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF', name: 'x' }), NotFoundError);
});

test('licenseKeys.list, retrieve and update: a disabled key no longer validates until enabled', async () => {
  const page = await merchant.licenseKeys.list({ customer_id: env('PORTAL_LICENSE_CUSTOMER_ID'), page_number: 0 });
  assert.deepEqual(page.items.map((key) => key.id), [licenseKeyId]);
  const key = await merchant.licenseKeys.retrieve(licenseKeyId);
  assert.equal(key.key, licenseKey);
  assert.equal(key.status, 'active');
  assert.equal(key.source, 'auto');
  assert.equal(key.activations_limit, 2);

  const disabled = await merchant.licenseKeys.update(licenseKeyId, { disabled: true });
  assert.equal(disabled.status, 'disabled');
  assert.deepEqual(await software.licenses.validate({ license_key: licenseKey }), { valid: false });

  const enabled = await merchant.licenseKeys.update(licenseKeyId, { disabled: false, activations_limit: 5, expires_at: '2035-01-01T00:00:00Z' });
  assert.equal(enabled.status, 'active');
  assert.equal(enabled.activations_limit, 5);
  assert.equal(new Date(enabled.expires_at).toISOString(), '2035-01-01T00:00:00.000Z');
  const restored = await merchant.licenseKeys.update(licenseKeyId, { activations_limit: 2, expires_at: null });
  assert.equal(restored.expires_at, null);
  assert.deepEqual(await software.licenses.validate({ license_key: licenseKey }), { valid: true });
});

test('licenseKeyInstances.list, retrieve and update rename an instance', async () => {
  const activated = await software.licenses.activate({ license_key: licenseKey, name: 'Studio' });
  const page = await merchant.licenseKeyInstances.list({ license_key_id: licenseKeyId, page_number: 0 });
  assert.ok(page.items.some((instance) => instance.id === activated.id));

  const renamed = await merchant.licenseKeyInstances.update(activated.id, { name: 'Studio iMac' });
  assert.equal(renamed.name, 'Studio iMac');
  assert.equal((await merchant.licenseKeyInstances.retrieve(activated.id)).name, 'Studio iMac');
  await assert.rejects(merchant.licenseKeyInstances.retrieve('lki_doesnotexist0'), NotFoundError);
  await software.licenses.deactivate({ license_key: licenseKey, license_key_instance_id: activated.id });
});
