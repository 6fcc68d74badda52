// Independent reader of the Sealnote v1 formats, written from docs/FORMAT.md alone.
// Crypto: libsodium-wrappers (libsodium-wrappers-sumo, which FORMAT.md section 3 names, only for
// crypto_pwhash, which the standard build does not export) and Node's built-in crypto for
// SHA-256 / HMAC-SHA-256.
// Every failure is thrown as a SealnoteError whose `cls` is the spec's error class name.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import sodium from 'libsodium-wrappers';
import sodiumSumo from 'libsodium-wrappers-sumo';

export async function ready() {
  await sodium.ready;
  await sodiumSumo.ready;
}

export class SealnoteError extends Error {
  constructor(cls, detail, extra = {}) {
    super(`${cls}: ${detail}`);
    this.cls = cls;
    Object.assign(this, extra);
  }
}
const fail = (cls, detail, extra) => { throw new SealnoteError(cls, detail, extra); };

// ---------------------------------------------------------------- constants (FORMAT.md section 2)
const SLOT_COUNT = 8, SLOT_BYTES = 80, HEADER_BYTES = 674, MAC_OFFSET = 642;
const CHUNK_CT_BYTES = 65553, SEGMENT_CT_BYTES = 24 + 64 * CHUNK_CT_BYTES;
const STANDARD_FLOOR = 1048576n, COMPACT_FLOOR = 1024n, MANIFEST_MAX = 4194304;
const TAG_MESSAGE = 0, TAG_FINAL = 3;

// ---------------------------------------------------------------- small helpers
const sha256 = (...parts) => { const h = createHash('sha256'); for (const p of parts) h.update(p); return h.digest(); };
const hmac = (key, msg) => createHmac('sha256', key).update(msg).digest();
export const hex = (b) => Buffer.from(b).toString('hex');
const utf8 = (s) => Buffer.from(s, 'utf8');
const cpLen = (s) => { let n = 0; for (const _ of s) n++; return n; }; // code points; a lone surrogate is 1
// "Whitespace" (FORMAT.md section 2) is exactly SPACE, TAB, CR and LF; no Unicode set.
const WS_ALL = /[ \t\r\n]/g;
const trimWs = (s) => s.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
function decodeUtf8(bytes, cls, what) {
  try { return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes); }
  catch { return fail(cls, `${what} is not valid UTF-8`); }
}

// HKDF exactly as section 3: salt = 32 zero bytes, one output block of 32 bytes.
export function hkdf(ikm, info) {
  const prk = hmac(Buffer.alloc(32), ikm);
  return hmac(prk, Buffer.concat([Buffer.from(info), Buffer.from([1])]));
}
export const headerMacKey = (fileKey) => hkdf(fileKey, utf8('sealnote v1 header mac'));
export function segmentKey(fileKey, index, last) {
  const info = Buffer.alloc(28);
  info.write('sealnote v1 segment', 0, 'ascii');
  info.writeBigUInt64BE(BigInt(index), 19);
  info[27] = last ? 1 : 0;
  return hkdf(fileKey, info);
}

// ---------------------------------------------------------------- key strings (section 6)
const B32 = 'abcdefghijklmnopqrstuvwxyz234567';
const PREFIXES = ['snpk', 'snsk', 'snid', 'snis'];
function base32(bytes) {
  let out = '', bits = 0, acc = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b; bits += 8;
    while (bits >= 5) { out += B32[(acc >>> (bits - 5)) & 31]; bits -= 5; }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out += B32[(acc << (5 - bits)) & 31];
  return out;
}
export function encodeKey(prefix, key) {
  const checksum = sha256(utf8(prefix + '1'), key).subarray(0, 4);
  return prefix + '1' + base32(Buffer.concat([Buffer.from(key), checksum]));
}
export function decodeKey(text, expected) {
  if (typeof text !== 'string') fail('KeyEncodingError', 'not a string');
  // Section 6: remove whitespace, map A-Z to a-z (toLowerCase would also map U+212A to "k").
  const clean = text.replace(WS_ALL, '').replace(/[A-Z]/g, (c) => c.toLowerCase());
  const at = clean.indexOf('1');
  if (at < 0) fail('KeyEncodingError', 'no separator');
  const prefix = clean.slice(0, at), rest = clean.slice(at + 1);
  if (!PREFIXES.includes(prefix)) fail('KeyEncodingError', `unknown prefix ${prefix}`);
  if (prefix !== expected) fail('KeyEncodingError', `expected a ${expected} key, got ${prefix}`);
  const out = [];
  let bits = 0, acc = 0;
  for (const ch of rest) {
    const v = B32.indexOf(ch);
    if (v < 0) fail('KeyEncodingError', 'not base32');
    acc = ((acc << 5) | v) & 0xfff; bits += 5;
    if (bits >= 8) { out.push((acc >>> (bits - 8)) & 0xff); bits -= 8; }
  }
  if (out.length !== 36) fail('KeyEncodingError', 'wrong length');
  const key = Buffer.from(out.slice(0, 32));
  if (encodeKey(prefix, key) !== clean) fail('KeyEncodingError', 'bad checksum or non-canonical');
  return key;
}

// ---------------------------------------------------------------- strict JSON (section 4.7)
// Objects become Maps (duplicate member names are an error), numbers JsonNumber (raw token kept).
export class JsonNumber {
  constructor(raw) { this.raw = raw; this.isInt = /^-?\d+$/.test(raw); }
  get bigint() { return BigInt(this.raw); }
}
// maxDepth: the deepest nesting of objects and arrays the document's schema has (the top-level
// value is depth 1); anything deeper is rejected as FORMAT.md sections 4.7, 7.4 and 10 require.
export function parseStrictJson(text, maxDepth) {
  let i = 0;
  const err = (why) => { throw new SyntaxError(`${why} at ${i}`); };
  const ws = () => { while (i < text.length && ' \t\n\r'.includes(text[i])) i++; };
  const NUM = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
  const ESC = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
  function str() {
    i++; // opening quote
    let out = '';
    for (;;) {
      if (i >= text.length) err('unterminated string');
      const c = text[i];
      if (c === '"') { i++; return out; }
      if (c.charCodeAt(0) < 0x20) err('control character in string');
      if (c !== '\\') { out += c; i++; continue; }
      const e = text[i + 1];
      if (e === 'u') {
        const h = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(h)) err('bad \\u escape');
        out += String.fromCharCode(parseInt(h, 16)); i += 6;
      } else if (e !== undefined && Object.hasOwn(ESC, e)) { out += ESC[e]; i += 2; }
      else err('bad escape');
    }
  }
  function value(depth) { // depth: the number of enclosing objects and arrays
    ws();
    const c = text[i];
    if ((c === '{' || c === '[') && depth + 1 > maxDepth) err('nested deeper than the schema');
    if (c === '{') {
      i++; const map = new Map(); ws();
      if (text[i] === '}') { i++; return map; }
      for (;;) {
        ws(); if (text[i] !== '"') err('expected member name');
        const k = str(); ws();
        if (text[i] !== ':') err('expected :'); i++;
        if (map.has(k)) err(`duplicate member ${JSON.stringify(k)}`);
        map.set(k, value(depth + 1)); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return map; }
        err('expected , or }');
      }
    }
    if (c === '[') {
      i++; const arr = []; ws();
      if (text[i] === ']') { i++; return arr; }
      for (;;) {
        arr.push(value(depth + 1)); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return arr; }
        err('expected , or ]');
      }
    }
    if (c === '"') return str();
    for (const [lit, v] of [['true', true], ['false', false], ['null', null]]) {
      if (text.startsWith(lit, i)) { i += lit.length; return v; }
    }
    NUM.lastIndex = i;
    const m = NUM.exec(text);
    if (!m) err('unexpected character');
    i += m[0].length;
    return new JsonNumber(m[0]);
  }
  const v = value(0); ws();
  if (i !== text.length) err('trailing characters');
  return v;
}
// Plain JS view (maps -> objects, numbers -> Number) for output and comparison.
export function toPlain(v) {
  if (v instanceof Map) return Object.fromEntries([...v].map(([k, x]) => [k, toPlain(x)]));
  if (Array.isArray(v)) return v.map(toPlain);
  if (v instanceof JsonNumber) return Number(v.raw);
  return v;
}
const isObj = (v) => v instanceof Map;
const isStr = (v, max) => typeof v === 'string' && (max === undefined || cpLen(v) <= max);
const isInt = (v) => v instanceof JsonNumber && v.isInt;
const hasExactly = (map, keys) => map.size === keys.length && keys.every((k) => map.has(k));

// ---------------------------------------------------------------- manifest (section 4.7)
const MANIFEST_KEYS = ['v', 'kind', 'demo', 'sealed_on', 'fields', 'attachments', 'reply_key', 'in_reply_to'];
const ENTRY_KEYS = ['name', 'size', 'type', 'metadata'];
// Section 4.7: no string of the manifest, member names included, may hold a lone surrogate.
function wellFormed(v) {
  if (typeof v === 'string') return v.isWellFormed();
  if (v instanceof Map) return [...v].every(([k, x]) => k.isWellFormed() && wellFormed(x));
  if (Array.isArray(v)) return v.every(wellFormed);
  return true;
}
function parseManifest(bytes) {
  const bad = (why) => fail('InnerFormatError', `manifest: ${why}`);
  const text = decodeUtf8(bytes, 'InnerFormatError', 'manifest');
  let m;
  try { m = parseStrictJson(text, 3); } catch (e) { return bad(e.message); }
  if (!wellFormed(m)) bad('a string holds a lone surrogate');
  if (!isObj(m)) bad('not an object');
  if (!hasExactly(m, MANIFEST_KEYS)) bad('wrong member set');
  if (!isInt(m.get('v')) || m.get('v').bigint !== 1n) bad('v is not 1');
  if (!['report', 'reply'].includes(m.get('kind'))) bad('bad kind');
  if (typeof m.get('demo') !== 'boolean') bad('demo not boolean');
  if (!isStr(m.get('sealed_on'), 32)) bad('bad sealed_on');
  const fields = m.get('fields');
  if (!isObj(fields) || fields.size > 64) bad('bad fields');
  for (const [k, v] of fields) if (cpLen(k) > 64 || !isStr(v, 1000000)) bad('bad field');
  const atts = m.get('attachments');
  if (!Array.isArray(atts) || atts.length > 1000) bad('bad attachments');
  for (const a of atts) {
    if (!isObj(a) || !hasExactly(a, ENTRY_KEYS)) bad('bad attachment entry');
    if (!isStr(a.get('name'), 65536) || !isStr(a.get('type'), 200) || !isStr(a.get('metadata'), 200)) bad('bad attachment string');
    const size = a.get('size');
    if (!isInt(size) || size.bigint < 0n || size.bigint > 2n ** 50n) bad('bad attachment size');
  }
  for (const k of ['reply_key', 'in_reply_to']) if (m.get(k) !== null && !isStr(m.get(k), 200)) bad(`bad ${k}`);
  return m;
}

// ---------------------------------------------------------------- padding (section 4.8)
export function padme(L) { // BigInt
  if (L < 2n) return L;
  const E = BigInt(L.toString(2).length - 1);
  const S = BigInt(E.toString(2).length - 1) + 1n;
  const mask = (1n << (E - S)) - 1n;
  return (L + mask) & ~mask;
}
const paddedLength = (len, floor) => { const p = padme(len); return p > floor ? p : floor; };

// Inner content (4.6), checked incrementally segment by segment as 4.5 orders the errors.
class InnerContent {
  constructor(capacity) { this.buf = Buffer.alloc(capacity); this.len = 0; this.M = null; this.manifest = null; this.zeroChecked = 0; }
  add(plaintext) {
    this.buf.set(plaintext, this.len);
    this.len += plaintext.length;
    const P = this.buf;
    if (this.M === null && this.len >= 21) {
      if (P[0] !== 1) fail('InnerFormatError', 'inner version is not 1');
      this.M = P.readUInt32BE(17);
      if (this.M > MANIFEST_MAX) fail('InnerFormatError', 'manifest length over the limit');
    }
    if (this.M !== null && this.manifest === null && this.len >= 21 + this.M) {
      this.manifest = parseManifest(P.subarray(21, 21 + this.M));
      this.contentLength = 21n + BigInt(this.M) +
        this.manifest.get('attachments').reduce((s, a) => s + a.get('size').bigint, 0n);
    }
    if (this.manifest !== null && this.contentLength < BigInt(this.len)) { // bytes known to be padding
      for (let k = Math.max(this.zeroChecked, Number(this.contentLength)); k < this.len; k++) {
        if (P[k] !== 0) fail('InnerFormatError', 'non-zero padding byte');
      }
      this.zeroChecked = this.len;
    }
  }
  finish() {
    if (this.manifest === null) fail('InnerFormatError', 'content ends inside the prefix or manifest');
    const T = BigInt(this.len);
    if (T < this.contentLength) fail('InnerFormatError', 'content ends inside an attachment');
    if (T !== paddedLength(this.contentLength, STANDARD_FLOOR) && T !== paddedLength(this.contentLength, COMPACT_FLOOR)) {
      fail('InnerFormatError', `length ${T} is not a bucket length for content ${this.contentLength}`);
    }
    const P = this.buf.subarray(0, this.len);
    let off = 21 + this.M;
    const attachments = this.manifest.get('attachments').map((a) => {
      const size = Number(a.get('size').bigint);
      const data = P.subarray(off, off + size); off += size;
      return { entry: toPlain(a), data, sha256: hex(sha256(data)) };
    });
    return { reportId: hex(P.subarray(1, 17)), manifest: toPlain(this.manifest), attachments };
  }
}

// ---------------------------------------------------------------- sealed report (sections 4.3, 4.5)
function pullChunk(state, c, ad) {
  try { return sodium.crypto_secretstream_xchacha20poly1305_pull(state, c, ad) || null; }
  catch { return null; } // the wrapper throws for len(c) < 17: a failing pull
}
function openSegment(D, fileKey, index, last, headerMac) {
  if (D.length < 42) fail('Truncated', `segment ${index} is ${D.length} bytes`);
  const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(D.subarray(0, 24), segmentKey(fileKey, index, last));
  const out = [];
  let pos = 24;
  while (pos < D.length) {
    const c = D.subarray(pos, pos + Math.min(CHUNK_CT_BYTES, D.length - pos));
    const r = pullChunk(state, c, headerMac);
    if (r === null) {
      if (last && pos === 24) {
        const probe = sodium.crypto_secretstream_xchacha20poly1305_init_pull(D.subarray(0, 24), segmentKey(fileKey, index, false));
        if (pullChunk(probe, c, headerMac) !== null) fail('Truncated', `file cut after segment ${index}`);
      }
      fail('PayloadTampered', `segment ${index}: chunk at ${pos} does not authenticate`);
    }
    pos += c.length;
    if (r.tag === TAG_FINAL) {
      if (pos !== D.length) fail('TrailingData', `segment ${index}: ${D.length - pos} bytes after FINAL`);
      if (r.message.length === 0) fail('PayloadTampered', `segment ${index}: empty FINAL chunk`);
      out.push(r.message);
      return Buffer.concat(out);
    }
    if (r.tag !== TAG_MESSAGE || c.length !== CHUNK_CT_BYTES) fail('PayloadTampered', `segment ${index}: tag ${r.tag}, ${c.length} bytes`);
    out.push(r.message);
  }
  return fail('Truncated', `segment ${index} has no FINAL chunk`);
}

export function openReport(file, secretKeyStrings) {
  if (file.length === 0) fail('NotASealedReport', 'empty file');
  if (file[0] !== 0x01) fail('NotASealedReport', `version ${file[0]}`);
  if (file.length >= 2 && file[1] !== 0x00) fail('NotASealedReport', `flags ${file[1]}`);
  if (file.length < HEADER_BYTES) fail('Truncated', 'header incomplete');
  const keys = secretKeyStrings.map((s) => { const sk = decodeKey(s, 'snsk'); return { sk, pk: sodium.crypto_scalarmult_base(sk) }; });
  let fileKey = null, slotIndex = -1;
  search: for (let s = 0; s < SLOT_COUNT; s++) {
    const slot = file.subarray(2 + SLOT_BYTES * s, 2 + SLOT_BYTES * (s + 1));
    for (const { sk, pk } of keys) {
      try { fileKey = Buffer.from(sodium.crypto_box_seal_open(slot, pk, sk)); } catch { continue; }
      slotIndex = s;
      break search;
    }
  }
  if (fileKey === null) fail('NoMatchingKey', 'no slot opens');
  const macKey = headerMacKey(fileKey);
  const headerMac = file.subarray(MAC_OFFSET, HEADER_BYTES);
  if (!timingSafeEqual(hmac(macKey, file.subarray(0, MAC_OFFSET)), headerMac)) fail('HeaderTampered', `slot ${slotIndex} opened, MAC differs`);

  const body = file.subarray(HEADER_BYTES);
  if (body.length === 0) fail('Truncated', 'no payload');
  const inner = new InnerContent(body.length);
  const segmentKeys = [], streamHeaders = [];
  for (let i = 0, off = 0; off < body.length; i++, off += SEGMENT_CT_BYTES) {
    const D = body.subarray(off, off + SEGMENT_CT_BYTES);
    const last = off + D.length === body.length;
    segmentKeys.push(hex(segmentKey(fileKey, i, last)));
    streamHeaders.push(hex(D.subarray(0, 24)));
    inner.add(openSegment(D, fileKey, i, last, headerMac));
  }
  const result = inner.finish();
  result.intermediate = { slot_index: slotIndex, file_key: hex(fileKey), mac_key: hex(macKey),
    header_mac: hex(headerMac), segment_keys: segmentKeys, stream_headers: streamHeaders };
  return result;
}

// ---------------------------------------------------------------- text: lines and base64 (sections 7.4, 8)
// Section 8 step 1: a leading BOM is ignored; lines end at LF only; from each line remove the
// leading run of '>' and whitespace (any depth of mail quoting) and the trailing whitespace.
function unquotedLines(text) {
  return text.replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/^[> \t\r\n]*/, '').replace(/[ \t\r\n]+$/, ''));
}
// Section 8 step 3: whitespace removed, then only the alphabet, '=' only at the end, length a
// multiple of 4. Non-zero unused bits before the padding are accepted (section 2).
function strictBase64(lines) {
  const s = lines.join('').replace(WS_ALL, '');
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) return null;
  return Buffer.from(s, 'base64');
}

// ---------------------------------------------------------------- team card (section 7)
const CARD_BEGIN = '-----BEGIN SEALNOTE TEAM CARD-----', CARD_END = '-----END SEALNOTE TEAM CARD-----';
const CARD_KEYS = ['type', 'v', 'team', 'identity', 'moderators', 'created', 'expires', 'previous_identity', 'demo'];
const CARD_CONTEXT = utf8('sealnote team card v1\n');
// Section 7.2: Cc, Cs, Co and Cf as of Unicode 17.0, as fixed ranges (not \p{C}: Cn and the Cf
// set change with the Unicode version Node happens to have).
const TEAM_FORBIDDEN = [[0x0, 0x1f], [0x7f, 0x9f], [0xd800, 0xdfff], [0xe000, 0xf8ff], [0xf0000, 0xffffd],
  [0x100000, 0x10fffd], [0xad, 0xad], [0x600, 0x605], [0x61c, 0x61c], [0x6dd, 0x6dd], [0x70f, 0x70f],
  [0x890, 0x891], [0x8e2, 0x8e2], [0x180e, 0x180e], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064],
  [0x2066, 0x206f], [0xfeff, 0xfeff], [0xfff9, 0xfffb], [0x110bd, 0x110bd], [0x110cd, 0x110cd],
  [0x13430, 0x1343f], [0x1bca0, 0x1bca3], [0x1d173, 0x1d17a], [0xe0001, 0xe0001], [0xe0020, 0xe007f]];
const teamForbidden = (t) => [...t].some((ch) => { const c = ch.codePointAt(0); return TEAM_FORBIDDEN.some(([lo, hi]) => lo <= c && c <= hi); });
function isDate(s) {
  const m = typeof s === 'string' && /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  const dt = new Date(Date.UTC(2000, mo - 1, d)); dt.setUTCFullYear(y);
  return y >= 1 && dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}
function verify(sig, msg, pk) {
  try { return sodium.crypto_sign_verify_detached(sig, msg, pk); } catch { return false; }
}
export function fingerprint(identityPk) {
  const d = sha256(utf8('sealnote fingerprint v1'), identityPk);
  const groups = [];
  for (let j = 0; j < 6; j++) groups.push(String(Number(d.readUIntBE(5 * j, 5) % 100000)).padStart(5, '0'));
  return groups.join(' ');
}
// today: the check date 'YYYY-MM-DD', or null to skip the expiry check (step 8), as for the
// trusted card A of the rotation rule (section 7.6), whose own expiry does not matter.
export function readCard(text, today) {
  const bad = (why) => fail('CardError', why);
  const lines = unquotedLines(text);
  const b = lines.indexOf(CARD_BEGIN), e = lines.indexOf(CARD_END);
  if (b < 0 || e < 0 || e < b) bad('no complete card block');
  const bin = strictBase64(lines.slice(b + 1, e));
  if (bin === null || bin.length < 1 || bin.length > 16384) bad('bad base64 or size');
  if (bin[0] !== 0x01) bad(`card version ${bin[0]}`);
  if (bin.length < 5) bad('too short');
  const B = bin.readUInt32BE(1);
  if (bin.length < 5 + B) bad('body incomplete');
  const body = bin.subarray(5, 5 + B), after = bin.subarray(5 + B);
  const flag = after[64];
  if (!((after.length === 65 && flag === 0) || (after.length === 129 && flag === 1))) bad('bad signature/endorsement block');
  let j;
  try { j = parseStrictJson(decodeUtf8(body, 'CardError', 'body'), 2); } catch (err) { if (err instanceof SealnoteError) throw err; bad(err.message); }
  if (!isObj(j) || !hasExactly(j, CARD_KEYS)) bad('wrong member set');
  if (j.get('type') !== 'sealnote-team-card' || !isInt(j.get('v')) || j.get('v').bigint !== 1n) bad('wrong type or v');
  const key = (s, kind) => { try { return decodeKey(s, kind); } catch { return bad(`bad ${kind} key`); } };
  const identity = key(j.get('identity'), 'snid');
  const mods = j.get('moderators');
  if (!Array.isArray(mods)) bad('moderators not an array');
  const modKeys = mods.map((m) => key(m, 'snpk'));
  const prev = j.get('previous_identity');
  const prevKey = prev === null ? null : key(prev, 'snid');
  const created = j.get('created'), expires = j.get('expires');
  if (!isDate(created) || !isDate(expires)) bad('bad date');
  const msg = Buffer.concat([CARD_CONTEXT, body]);
  if (!verify(after.subarray(0, 64), msg, identity)) bad('signature does not verify');
  if ((prevKey !== null) !== (flag === 1)) bad('previous_identity and endorsement flag disagree');
  if (flag === 1 && !verify(after.subarray(65, 129), msg, prevKey)) bad('endorsement does not verify');
  if (modKeys.length < 1 || modKeys.length > 8) bad('moderator count');
  if (new Set(modKeys.map(hex)).size !== modKeys.length) bad('duplicate moderator');
  if (!(expires > created)) bad('expires not after created');
  const team = j.get('team');
  if (typeof team !== 'string') bad('team not a string');
  const t = trimWs(team.normalize('NFC'));
  if (cpLen(t) < 1 || cpLen(t) > 100 || teamForbidden(t)) bad('bad team name');
  if (typeof j.get('demo') !== 'boolean') bad('demo not boolean');
  if (today !== null && today > expires) fail('CardExpired', `expired ${expires}`);
  return {
    team: t, identity: encodeKey('snid', identity), fingerprint: fingerprint(identity),
    moderators: modKeys.map((k) => encodeKey('snpk', k)), created, expires,
    previous_identity: prevKey === null ? null : encodeKey('snid', prevKey), demo: j.get('demo'),
  };
}
// Section 7.6: B rotates from trusted A (B's endorsement was verified by readCard).
export const isRotation = (a, b) => b.previous_identity === a.identity && b.identity !== a.identity;

// ---------------------------------------------------------------- key file (section 10)
export const POLICIES = {
  production: { minOps: 2, minMem: 67108864n },
  'tests-only': { minOps: 1, minMem: 8192n }, // WEAK_KDF_FOR_TESTS_ONLY
};
export function openKeyFile(file, passphrase, policyName) {
  const policy = POLICIES[policyName] ?? fail('KeyFileError', `unknown policy ${policyName}`);
  if (file.length < 74 || file.subarray(0, 4).toString('latin1') !== 'SNKF') fail('KeyFileError', 'not a key file');
  if (file[4] !== 1 || file[5] !== 1) fail('KeyFileError', 'unknown version or KDF');
  if (file.length > 1048576) fail('KeyFileError', 'too large');
  const ops = file.readUInt32BE(6), mem = file.readBigUInt64BE(10);
  if (ops < policy.minOps || ops > 10 || mem < policy.minMem || mem > 1073741824n) fail('KdfParametersRefused', `opslimit ${ops}, memlimit ${mem}`);
  if (passphrase.length === 0) fail('KeyFileError', 'empty passphrase');
  const key = sodiumSumo.crypto_pwhash(32, utf8(passphrase.normalize('NFC')), file.subarray(18, 34), ops, Number(mem),
    sodiumSumo.crypto_pwhash_ALG_ARGON2ID13);
  let payload;
  try { payload = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, file.subarray(58), file.subarray(0, 58), file.subarray(34, 58), key); }
  catch { fail('WrongPassphrase', 'AEAD does not open'); }
  const text = decodeUtf8(payload, 'KeyFileError', 'payload');
  // Section 10: strict JSON (no duplicate members, nesting at most 2), exactly the five members,
  // each of its type; nothing is converted.
  let j;
  try { j = parseStrictJson(text, 2); } catch (e) { fail('KeyFileError', `payload: ${e.message}`); }
  if (!isObj(j) || !hasExactly(j, ['team', 'card', 'encryption', 'identity', 'extra'])) fail('KeyFileError', 'wrong member set');
  const strings = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
  const extra = j.get('extra');
  if (typeof j.get('team') !== 'string' || typeof j.get('card') !== 'string' || !strings(j.get('encryption'))
    || j.get('encryption').length === 0 || !strings(j.get('identity')) || !isObj(extra)
    || ![...extra.values()].every((x) => typeof x === 'string')) fail('KeyFileError', 'bad member type');
  const key32 = (s, kind) => { try { return decodeKey(s, kind); } catch { return fail('KeyFileError', `bad ${kind} key string`); } };
  const encryption = j.get('encryption').map((s) => key32(s, 'snsk'));
  const identity = j.get('identity').map((s) => key32(s, 'snis'));
  return {
    team: j.get('team'), card: j.get('card'), extra: Object.fromEntries(extra),
    encryption_public: encryption.map((sk) => encodeKey('snpk', sodium.crypto_scalarmult_base(sk))),
    identity_public: identity.map((seed) => encodeKey('snid', sodium.crypto_sign_seed_keypair(seed).publicKey)),
    intermediate: { derived_key: hex(key), payload: text },
  };
}

// ---------------------------------------------------------------- armor (section 8) and parts (section 9)
function decodeBlock(lines) { // section 8 step 3
  const data = strictBase64(lines);
  if (data === null || data.length === 0) fail('ArmorError', 'bad or empty base64');
  return data;
}
export function dearmor(text) {
  const lines = unquotedLines(text);
  const b = lines.indexOf('-----BEGIN MESSAGE-----'), e = lines.indexOf('-----END MESSAGE-----');
  if (b < 0 || e < 0 || e < b) fail('ArmorError', 'no complete armored block');
  return decodeBlock(lines.slice(b + 1, e));
}
// Section 9: a marker line has ASCII digits; its numbers MUST then be 1 to 5 digits without
// leading zeros, n <= total, and the first following END marker line must spell the same numbers.
const PART_BEGIN = /^-----BEGIN MESSAGE PART ([0-9]+)\/([0-9]+)-----$/;
const PART_END = /^-----END MESSAGE PART ([0-9]+)\/([0-9]+)-----$/;
const PART_NUMBER = /^[1-9][0-9]{0,4}$/;
export function reassembleParts(texts) {
  const parts = [];
  for (const text of texts) {
    const lines = unquotedLines(text);
    for (let i = 0; i < lines.length; i++) {
      const m = PART_BEGIN.exec(lines[i]);
      if (!m) continue;
      const n = Number(m[1]), total = Number(m[2]);
      if (!PART_NUMBER.test(m[1]) || !PART_NUMBER.test(m[2]) || n > total) fail('ArmorError', `part number ${m[1]}/${m[2]}`);
      let e = i + 1;
      while (e < lines.length && !PART_END.test(lines[e])) e++;
      const em = PART_END.exec(lines[e] ?? '');
      if (!em || em[1] !== m[1] || em[2] !== m[2]) fail('ArmorError', `part ${n}/${total} has no matching END line`);
      const set = /^Set: ([0-9a-f]{16})$/.exec(lines[i + 1]);
      if (i + 1 >= e || !set) fail('ArmorError', `part ${n}/${total} has no Set line`);
      parts.push({ n, total, set: set[1], data: decodeBlock(lines.slice(i + 2, e)) });
      i = e;
    }
  }
  if (parts.length === 0) fail('ArmorError', 'no part found');
  const { set, total } = parts[0];
  if (parts.some((p) => p.set !== set || p.total !== total)) fail('ArmorError', 'parts of different sets');
  const byNumber = new Map();
  for (const p of parts) {
    const seen = byNumber.get(p.n);
    if (seen && !seen.equals(p.data)) fail('ArmorError', `part ${p.n} twice with different bytes`);
    byNumber.set(p.n, p.data);
  }
  const missing = [];
  for (let n = 1; n <= total; n++) if (!byNumber.has(n)) missing.push(n);
  if (missing.length) fail('MissingParts', `missing ${missing.join(', ')} of ${total}`, { missing, total });
  const whole = Buffer.concat([...Array(total).keys()].map((k) => byNumber.get(k + 1)));
  if (!hex(sha256(whole)).startsWith(set)) fail('ArmorError', 'set id does not match the reassembled bytes');
  return whole;
}
