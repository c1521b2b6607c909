// An independent verifier of a portal-license/1 file: Node's own crypto, nothing of Portal's code.
// Usage: node verify-license-file.mjs <license file> <public key PEM file>
// Prints {"verified":true|false,"license":<payload>|null} and exits 0 either way (2 on bad usage).
import { readFileSync } from 'node:fs';
import { createPublicKey, verify } from 'node:crypto';

const [filePath, pemPath] = process.argv.slice(2);
if (!filePath || !pemPath) {
  process.stderr.write('usage: node verify-license-file.mjs <license file> <public key PEM file>\n');
  process.exit(2);
}

const file = JSON.parse(readFileSync(filePath, 'utf8'));
const publicKey = createPublicKey(readFileSync(pemPath, 'utf8'));
const payload = Buffer.from(file.payload, 'base64url');
const signature = Buffer.from(file.signature, 'base64url');
// Ed25519 takes no digest: the algorithm argument is null.
const verified = file.format === 'portal-license/1' && verify(null, payload, publicKey, signature);
process.stdout.write(JSON.stringify({ verified, license: verified ? JSON.parse(payload.toString('utf8')) : null }) + '\n');
