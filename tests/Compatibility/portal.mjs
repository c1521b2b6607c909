// What every compatibility test file shares: the settings DodoSdkCompatibilityTests passes in the
// environment, and an SDK client for one of its API keys, as a merchant's server would make it.
import DodoPayments from 'dodopayments';

/** The value DodoSdkCompatibilityTests set; a file run on its own says how to run it instead. */
export const env = (name) => {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run this through DodoSdkCompatibilityTests (dotnet test).`);
  }
  return value;
};

export const baseURL = () => env('PORTAL_BASE_URL').replace(/\/+$/, '');

/** The official client for the API key in the environment variable named, without retries. */
export const clientFor = (keyVariable) => new DodoPayments({ bearerToken: env(keyVariable), baseURL: baseURL(), maxRetries: 0, timeout: 20_000 });
