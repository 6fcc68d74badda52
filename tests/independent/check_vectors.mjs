// Runs every vector of tests/vectors/vectors.json through the independent Node.js reader and
// compares the outcome. One line per vector, then "N passed, M failed"; exit 1 if any failed.
// Usage: node tests/independent/check_vectors.mjs [name-substring]
import { readFileSync } from 'node:fs';
import { createHash, hkdfSync } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as reader from './sealnote_reader.mjs';

const VECTORS = join(dirname(fileURLToPath(import.meta.url)), '..', 'vectors');
const read = (rel) => readFileSync(join(VECTORS, rel));
const sha = (b) => createHash('sha256').update(b).digest('hex');
const text = (rel) => new TextDecoder('utf-8', { fatal: true }).decode(read(rel));

// Canonical form for deep comparison (sorted keys).
const canon = (v) => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x)
  ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, x[k]])) : x)) ?? 'undefined';
function same(what, got, want, problems) {
  if (canon(got) !== canon(want)) problems.push(`${what}: got ${canon(got).slice(0, 200)}, want ${canon(want).slice(0, 200)}`);
}
// vectors.json gives a form field longer than 1000 characters as {chars, sha256 of its UTF-8}.
function summariseFields(manifest) {
  const fields = Object.fromEntries(Object.entries(manifest.fields).map(([k, v]) => {
    const chars = [...v].length;
    return [k, chars > 1000 ? { chars, sha256: sha(Buffer.from(v, 'utf8')) } : v];
  }));
  return { ...manifest, fields };
}

// Each runner returns the list of mismatches for a successful call (errors propagate).
const runners = {
  report(v) {
    let file = read(v.file);
    if (v.truncate_to !== undefined) file = file.subarray(0, v.truncate_to);
    const r = reader.openReport(file, v.keys);
    const p = [];
    same('report_id', r.reportId, v.report_id, p);
    same('file_length', file.length, v.file_length, p);
    same('manifest', summariseFields(r.manifest), v.manifest, p);
    same('attachment_sha256', r.attachments.map((a) => a.sha256), v.attachment_sha256, p);
    if (v.intermediate) {
      same('intermediate', r.intermediate, v.intermediate, p);
      // HKDF as FORMAT.md section 3 defines it must equal RFC 5869 HKDF with an empty salt.
      const fk = Buffer.from(v.intermediate.file_key, 'hex');
      const rfc = Buffer.from(hkdfSync('sha256', fk, Buffer.alloc(0), Buffer.from('sealnote v1 header mac'), 32));
      same('hkdf vs RFC 5869', reader.hex(rfc), v.intermediate.mac_key, p);
    }
    return p;
  },
  card(v) {
    const card = reader.readCard(text(v.file), v.check_date);
    const p = [];
    same('card', card, v.card, p);
    if (v.trusted_card) {
      same('trusted_card_sha256', sha(read(v.trusted_card)), v.trusted_card_sha256, p);
      const trusted = reader.readCard(text(v.trusted_card), null); // section 7.6: A's expiry does not matter
      same('is_rotation', reader.isRotation(trusted, card), v.is_rotation, p);
    }
    return p;
  },
  keyfile(v) {
    const k = reader.openKeyFile(read(v.file), v.passphrase, v.policy);
    const p = [];
    same('secrets', { team: k.team, encryption_public: k.encryption_public, identity_public: k.identity_public,
      card_sha256: sha(Buffer.from(k.card, 'utf8')) }, v.secrets, p);
    if (v.intermediate) same('intermediate', k.intermediate, v.intermediate, p);
    return p;
  },
  armor(v) {
    const p = [];
    same('sealed_file', sha(reader.dearmor(text(v.file))), sha(read(v.sealed_file)), p);
    return p;
  },
  parts(v) {
    const p = [];
    same('sealed_file', sha(reader.reassembleParts(v.files.map(text))), sha(read(v.sealed_file)), p);
    return p;
  },
};

function checkPins(v) { // the frozen files must be the ones vectors.json pins
  const p = [];
  if (v.file_sha256) same('file_sha256', sha(read(v.file)), v.file_sha256, p);
  if (v.files_sha256) same('files_sha256', v.files.map((f) => sha(read(f))), v.files_sha256, p);
  return p;
}

async function main() {
  await reader.ready();
  // Spec example (section 3): segment 0 of a one-segment file.
  const info = Buffer.concat([Buffer.from('sealnote v1 segment'), Buffer.alloc(8), Buffer.from([1])]).toString('hex');
  if (info !== '7365616c6e6f7465207631207365676d656e74' + '0000000000000000' + '01') throw new Error('segment info layout');

  const all = JSON.parse(readFileSync(join(VECTORS, 'vectors.json'), 'utf8')).vectors;
  const filter = process.argv[2];
  let passed = 0, failed = 0;
  for (const v of all.filter((x) => !filter || x.name.includes(filter))) {
    let problems = checkPins(v), outcome;
    try {
      const mismatches = runners[v.kind](v);
      outcome = 'success';
      if (v.expect === 'success') problems = problems.concat(mismatches);
    } catch (e) {
      if (!(e instanceof reader.SealnoteError)) {
        outcome = `internal error ${e.stack}`;
      } else {
        outcome = e.cls;
        if (e.cls === v.expect && e.cls === 'MissingParts') {
          same('missing', e.missing, v.missing, problems);
          same('total', e.total, v.total, problems);
        }
      }
      if (outcome !== v.expect) outcome += ` (${e.message})`;
    }
    if (outcome !== v.expect) problems.push(`outcome ${outcome}, expected ${v.expect}`);
    if (problems.length === 0) { passed++; console.log(`ok   ${v.name}: ${v.expect}`); }
    else { failed++; console.log(`FAIL ${v.name}: ${problems.join('; ')}`); }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
}

await main();
