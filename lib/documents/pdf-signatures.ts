// The digital signatures of a signed PDF (Bản đã ký), read without trusting
// anything the file says about itself: each signature dictionary's /ByteRange
// names the bytes it covers and the gap holding /Contents, a detached
// PKCS#7/CMS SignedData. We check that the messageDigest attribute is the hash
// of the covered bytes, that the signer's key signed the signed attributes, and
// whether anything was added to the file after the signature (other than a
// later signature's incremental update). No trust chain is checked: the app has
// no list of Vietnamese CAs, so "valid" means integrity only.
//
// node-forge decodes the DER (its ASN.1 layer is small, kept and what
// @signpdf itself uses); its pkcs7 reader is not used because it refuses
// certificates with non-RSA keys, so the keys and algorithms go to Node's
// crypto (X509Certificate, verify), which handles RSA, RSA-PSS and ECDSA.
// Pure: bytes in, a report out; never throws.
import { createHash, verify, X509Certificate, constants } from "node:crypto";
import forge from "node-forge";
import { z } from "zod";

/** More signatures than this on one document is not a plan: the rest are not read. */
export const MAX_SIGNATURES = 10;
/** A CMS signature with its certificate chain is a few KB; 64 KB leaves room for long chains and timestamps. */
export const MAX_CONTENTS_BYTES = 64 * 1024;

export const signatureReportSchema = z.object({
  /** Readable: the CMS was parsed and a signer certificate found. */
  readable: z.boolean(),
  signer: z.string().nullable(),
  organization: z.string().nullable(),
  /** ISO time: the signingTime attribute, else the signature dictionary's /M. */
  signedAt: z.string().nullable(),
  signedAtSource: z.enum(["signingTime", "pdf"]).nullable(),
  /** The messageDigest attribute equals the hash of the bytes the ByteRange covers. */
  digestOk: z.boolean(),
  /** The signer's public key verifies the signature over the signed attributes. */
  signatureOk: z.boolean(),
  /** The ByteRange reaches the end of the file. */
  coversWholeFile: z.boolean(),
  /** What follows the signed bytes is a later signature's incremental update (fine), not other content. */
  followedBySignature: z.boolean(),
  certificateValidFrom: z.string().nullable(),
  certificateValidTo: z.string().nullable(),
  /** Why it could not be read or checked, in Vietnamese; null when it was. */
  problem: z.string().nullable(),
});
export type SignatureReport = z.infer<typeof signatureReportSchema>;

export const signatureReadingSchema = z.object({
  signatures: z.array(signatureReportSchema),
  /** More signature dictionaries than MAX_SIGNATURES: only the first ones were read. */
  truncated: z.boolean(),
});
export type SignatureReading = z.infer<typeof signatureReadingSchema>;

export type Integrity = "intact" | "changed" | "appended" | "unreadable";

export const UNREADABLE = "Không đọc được chữ ký.";
export const NO_TRUST_CHAIN = "Chữ ký hợp lệ về mặt toàn vẹn; chưa kiểm tra chuỗi chứng thư.";
export const UNSIGNED_LABEL = "Bản quét, không có chữ ký số";

/** One verdict per signature, for the page and the API. */
export function integrityOf(s: SignatureReport): Integrity {
  if (!s.readable) return "unreadable";
  if (!s.digestOk || !s.signatureOk) return "changed";
  if (!s.coversWholeFile && !s.followedBySignature) return "appended";
  return "intact";
}

export const INTEGRITY_LABELS: Record<Integrity, string> = {
  intact: "Không thay đổi sau khi ký",
  changed: "Tài liệu đã bị thay đổi sau khi ký",
  appended: "Tài liệu đã bị thay đổi sau khi ký (có nội dung thêm vào sau chữ ký)",
  unreadable: UNREADABLE,
};

type Range = { a: number; b: number; c: number; d: number; at: number };

const OID = {
  signedData: "1.2.840.113549.1.7.2",
  messageDigest: "1.2.840.113549.1.9.4",
  signingTime: "1.2.840.113549.1.9.5",
  commonName: "2.5.4.3",
  organization: "2.5.4.10",
  rsaPss: "1.2.840.113549.1.1.10",
} as const;

const DIGESTS: Record<string, string> = {
  "1.3.14.3.2.26": "sha1",
  "2.16.840.1.101.3.4.2.1": "sha256",
  "2.16.840.1.101.3.4.2.2": "sha384",
  "2.16.840.1.101.3.4.2.3": "sha512",
  "2.16.840.1.101.3.4.2.4": "sha224",
};

/** Every distinct /ByteRange [a b c d] whose numbers fit the file, in file order. */
function findRanges(text: string): { ranges: Range[]; truncated: boolean } {
  const ranges: Range[] = [];
  const seen = new Set<string>();
  const pattern = /\/ByteRange\s*\[\s*(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s*\]/g;
  let truncated = false;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const [a, b, c, d] = match.slice(1, 5).map(Number) as [number, number, number, number];
    const key = `${a} ${b} ${c} ${d}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (ranges.length >= MAX_SIGNATURES) {
      truncated = true;
      break;
    }
    ranges.push({ a, b, c, d, at: match.index });
  }
  return { ranges, truncated };
}

const fail = (problem: string, base: Partial<SignatureReport> = {}): SignatureReport => ({
  readable: false,
  signer: null,
  organization: null,
  signedAt: null,
  signedAtSource: null,
  digestOk: false,
  signatureOk: false,
  coversWholeFile: false,
  followedBySignature: false,
  certificateValidFrom: null,
  certificateValidTo: null,
  ...base,
  problem,
});

type Node = forge.asn1.Asn1;
const children = (node: Node | undefined): Node[] => (node && Array.isArray(node.value) ? node.value : []);
const bytesOf = (node: Node | undefined): string => (node && typeof node.value === "string" ? node.value : "");
const oidOf = (node: Node | undefined) => forge.asn1.derToOid(bytesOf(node));
const derOf = (node: Node) => Buffer.from(forge.asn1.toDer(node).getBytes(), "binary");
const isContext = (node: Node | undefined, tag: number) => node?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && node.type === tag;

function parseDer(der: Buffer): Node {
  // Bit strings stay raw, so that re-encoding a certificate gives back its exact bytes.
  return (forge.asn1.fromDer as unknown as (bytes: string, options: object) => Node)(der.toString("binary"), { strict: true, decodeBitStrings: false });
}

function timeOf(node: Node | undefined): Date | null {
  if (!node) return null;
  if (node.type === forge.asn1.Type.UTCTIME) return forge.asn1.utcTimeToDate(bytesOf(node));
  if (node.type === forge.asn1.Type.GENERALIZEDTIME) return forge.asn1.generalizedTimeToDate(bytesOf(node));
  return null;
}

function textOf(node: Node | undefined): string {
  const raw = bytesOf(node);
  if (node?.type === forge.asn1.Type.BMPSTRING) {
    let text = "";
    for (let i = 0; i + 1 < raw.length; i += 2) text += String.fromCharCode((raw.charCodeAt(i) << 8) | raw.charCodeAt(i + 1));
    return text;
  }
  try {
    return forge.util.decodeUtf8(raw);
  } catch {
    return raw;
  }
}

/** CN and O of a Name (SEQUENCE OF SET OF { type, value }). */
function nameParts(name: Node | undefined) {
  const parts: Record<string, string> = {};
  for (const rdn of children(name)) {
    for (const attribute of children(rdn)) {
      const [type, value] = children(attribute);
      const oid = oidOf(type);
      parts[oid] = parts[oid] ? `${parts[oid]}, ${textOf(value)}` : textOf(value);
    }
  }
  return { commonName: parts[OID.commonName] ?? null, organization: parts[OID.organization] ?? null };
}

type Certificate = { der: Buffer; serial: string; subject: ReturnType<typeof nameParts>; validFrom: Date | null; validTo: Date | null };

function readCertificate(node: Node): Certificate {
  const tbs = children(children(node)[0]);
  const offset = isContext(tbs[0], 0) ? 1 : 0; // [0] version
  const validity = children(tbs[offset + 3]);
  return {
    der: derOf(node),
    serial: forge.util.bytesToHex(bytesOf(tbs[offset])),
    subject: nameParts(tbs[offset + 4]),
    validFrom: timeOf(validity[0]),
    validTo: timeOf(validity[1]),
  };
}

/** The serial number the SignerInfo names its certificate by (issuerAndSerialNumber). */
function signerSerial(sid: Node | undefined): string | null {
  const parts = children(sid);
  return sid?.type === forge.asn1.Type.SEQUENCE && parts[1] ? forge.util.bytesToHex(bytesOf(parts[1])) : null;
}

type Parsed = {
  certificate: Certificate;
  digestAlgorithm: string;
  signatureAlgorithm: string;
  signedAttributes: Node | null;
  signature: Buffer;
};

/** The first SignerInfo of a SignedData and its certificate. Throws on anything unexpected (caught by the caller). */
function parseSignedData(der: Buffer): Parsed {
  const contentInfo = children(parseDer(der));
  if (oidOf(contentInfo[0]) !== OID.signedData) throw new Error("not SignedData");
  const signedData = children(children(contentInfo[1])[0]);
  // version, digestAlgorithms, encapContentInfo, [0] certificates?, [1] crls?, signerInfos
  const certificates = signedData.filter((node) => isContext(node, 0)).flatMap((node) => children(node)).map(readCertificate);
  const signerInfos = signedData.at(-1);
  const signerInfo = children(children(signerInfos)[0]);
  const [, sid, digestAlgorithm] = signerInfo;
  let next = 3;
  const signedAttributes = isContext(signerInfo[next], 0) ? signerInfo[next++]! : null;
  const signatureAlgorithm = signerInfo[next++];
  const signature = signerInfo[next];
  const serial = signerSerial(sid);
  const certificate = certificates.find((cert) => serial !== null && cert.serial === serial) ?? (certificates.length === 1 ? certificates[0] : undefined);
  if (!certificate) throw new Error("no signer certificate");
  const digest = DIGESTS[oidOf(children(digestAlgorithm)[0])];
  if (!digest) throw new Error("unknown digest");
  return {
    certificate,
    digestAlgorithm: digest,
    signatureAlgorithm: oidOf(children(signatureAlgorithm)[0]),
    signedAttributes,
    signature: Buffer.from(bytesOf(signature), "binary"),
  };
}

function attribute(attributes: Node | null, oid: string): Node | undefined {
  const found = children(attributes ?? undefined).find((attr) => oidOf(children(attr)[0]) === oid);
  return children(children(found)[1])[0];
}

function verifySignature(parsed: Parsed, data: Buffer): boolean {
  try {
    const key = new X509Certificate(parsed.certificate.der).publicKey;
    const pss = parsed.signatureAlgorithm === OID.rsaPss;
    return verify(parsed.digestAlgorithm, data, pss ? { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO } : key, parsed.signature);
  } catch {
    return false;
  }
}

/** The /M (D:YYYYMMDDHHmmSS+07'00') of the signature dictionary around a Contents gap. */
function pdfTime(text: string, range: Range): Date | null {
  const around = text.slice(Math.max(0, range.a + range.b - 4096), range.a + range.b) + text.slice(range.c, range.c + 4096);
  const match = /\/M\s*\(D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Z+-])?(\d{2})?'?(\d{2})?'?\)/.exec(around);
  if (!match) return null;
  const [, y, mo = "01", d = "01", h = "00", mi = "00", s = "00", sign, oh = "00", om = "00"] = match;
  const offset = sign === "+" || sign === "-" ? `${sign}${oh}:${om}` : "Z";
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date;
}

const iso = (date: Date | null) => (date && !Number.isNaN(date.getTime()) ? date.toISOString() : null);

/** Only whitespace after the end of the signed bytes (a trailing newline some tools add) still counts as the whole file. */
function reachesEnd(bytes: Uint8Array, end: number): boolean {
  for (let i = end; i < bytes.length; i++) {
    if (![0x0a, 0x0d, 0x20, 0x09, 0x00].includes(bytes[i]!)) return false;
  }
  return true;
}

function readOne(bytes: Uint8Array, text: string, range: Range, later: Range[]): SignatureReport {
  const { a, b, c, d } = range;
  const size = bytes.length;
  if (a !== 0 || b < 1 || c <= a + b || c + d > size) return fail(UNREADABLE);
  const gap = text.slice(a + b, c);
  if (gap.length > MAX_CONTENTS_BYTES * 2 + 2) return fail(`${UNREADABLE} Phần chữ ký lớn quá ${MAX_CONTENTS_BYTES / 1024} KB.`);
  const hex = /^<([0-9a-fA-F\s]*)>$/.exec(gap)?.[1]?.replace(/\s/g, "");
  if (!hex || hex.length % 2) return fail(UNREADABLE);
  // The placeholder is padded with zeros after the DER; the DER's own length says where it ends.
  const der = Buffer.from(hex, "hex");
  const coversWholeFile = reachesEnd(bytes, c + d);
  // A later signature whose gap lies after this one's end signs an incremental update that includes this signature.
  const followedBySignature = !coversWholeFile && later.some((r) => r.a === 0 && r.a + r.b > c + d && reachesEnd(bytes, r.c + r.d));
  const position = { coversWholeFile, followedBySignature };
  let parsed: Parsed;
  try {
    parsed = parseSignedData(trimDer(der));
  } catch {
    return fail(UNREADABLE, position);
  }
  const { certificate } = parsed;
  const covered = Buffer.concat([bytes.subarray(a, a + b), bytes.subarray(c, c + d)]);
  const contentDigest = createHash(parsed.digestAlgorithm).update(covered).digest();
  let digestOk: boolean;
  let signatureOk: boolean;
  let signedAt: Date | null = null;
  if (parsed.signedAttributes) {
    const messageDigest = Buffer.from(bytesOf(attribute(parsed.signedAttributes, OID.messageDigest)), "binary");
    digestOk = messageDigest.length > 0 && messageDigest.equals(contentDigest);
    // The signature covers the attributes' DER with the SET tag, not the [0] IMPLICIT tag they carry here.
    const asSet = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, children(parsed.signedAttributes));
    signatureOk = verifySignature(parsed, derOf(asSet));
    signedAt = timeOf(attribute(parsed.signedAttributes, OID.signingTime));
  } else {
    // No signed attributes: the signature is over the covered bytes themselves.
    signatureOk = verifySignature(parsed, covered);
    digestOk = signatureOk;
  }
  const pdfSignedAt = signedAt ? null : pdfTime(text, range);
  return {
    readable: true,
    signer: certificate.subject.commonName,
    organization: certificate.subject.organization,
    signedAt: iso(signedAt ?? pdfSignedAt),
    signedAtSource: signedAt ? "signingTime" : pdfSignedAt ? "pdf" : null,
    digestOk,
    signatureOk,
    ...position,
    certificateValidFrom: iso(certificate.validFrom),
    certificateValidTo: iso(certificate.validTo),
    problem: null,
  };
}

/** The DER value at the start of the buffer, without the placeholder's trailing zeros. */
function trimDer(der: Buffer): Buffer {
  if (der.length < 2 || der[0] !== 0x30) throw new Error("not a SEQUENCE");
  const first = der[1]!;
  if (first < 0x80) return der.subarray(0, 2 + first);
  const count = first & 0x7f;
  if (count < 1 || count > 4 || der.length < 2 + count) throw new Error("bad length");
  let length = 0;
  for (let i = 0; i < count; i++) length = length * 256 + der[2 + i]!;
  if (2 + count + length > der.length) throw new Error("truncated");
  return der.subarray(0, 2 + count + length);
}

/** Every signature of the PDF, each checked. Malformed input gives "không đọc được chữ ký", never a throw. */
export function readPdfSignatures(input: Uint8Array): SignatureReading {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const text = bytes.toString("latin1");
  const { ranges, truncated } = findRanges(text);
  const signatures = ranges.map((range, i) => {
    try {
      return readOne(bytes, text, range, ranges.slice(i + 1));
    } catch {
      return fail(UNREADABLE);
    }
  });
  return { signatures, truncated };
}

/** A stored reading, checked on the way out of the database; anything else reads as one unreadable signature. */
export function parseStoredSignatures(value: unknown): SignatureReading {
  const parsed = signatureReadingSchema.safeParse(value);
  return parsed.success ? parsed.data : { signatures: [fail(UNREADABLE)], truncated: false };
}
