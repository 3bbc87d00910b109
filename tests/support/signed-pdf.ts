// Signed PDFs made inside the tests: a small plain PDF (one page of text, a
// real xref table), a self-signed certificate made with node-forge as a
// PKCS#12 bundle, and @signpdf to add the signature the way e-office tools do
// (a /Sig dictionary with /ByteRange and a detached PKCS#7 in /Contents).
import forge from "node-forge";
import { SignPdf } from "@signpdf/signpdf";
import { P12Signer } from "@signpdf/signer-p12";
import { plainAddPlaceholder } from "@signpdf/placeholder-plain";

/** A one-page PDF 1.3 with a text line, as a scanner or a word processor would write it (no signature). */
export function plainPdf(text = "Ke hoach so 12/KH-SKHCN"): Buffer {
  const content = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, "")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.3\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

export type TestCertificate = { p12: Buffer; commonName: string; organization: string; notBefore: Date; notAfter: Date };

/** A self-signed certificate in a PKCS#12 bundle (no password), RSA 2048. */
export function makeCertificate(commonName = "Nguyễn Văn Ký", organization = "Sở KH&CN Lạng Sơn"): TestCertificate {
  const keys = forge.pki.rsa.generateKeyPair(2048);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = "01" + forge.util.bytesToHex(forge.random.getBytesSync(8));
  const notBefore = new Date(Date.UTC(2025, 0, 1));
  const notAfter = new Date(Date.UTC(2035, 0, 1));
  cert.validity.notBefore = notBefore;
  cert.validity.notAfter = notAfter;
  // As UTF8String: forge encodes the text itself.
  const attrs = [
    { shortName: "CN", value: commonName, valueTagClass: forge.asn1.Type.UTF8 },
    { shortName: "O", value: organization, valueTagClass: forge.asn1.Type.UTF8 },
    { shortName: "C", value: "VN" },
  ];
  cert.setSubject(attrs as forge.pki.CertificateField[]);
  cert.setIssuer(attrs as forge.pki.CertificateField[]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], "", { algorithm: "3des" });
  return { p12: Buffer.from(forge.asn1.toDer(p12).getBytes(), "binary"), commonName, organization, notBefore, notAfter };
}

let cached: TestCertificate | undefined;
/** One certificate per test process: making RSA keys takes a while. */
export function testCertificate(): TestCertificate {
  cached ??= makeCertificate();
  return cached;
}

/** The PDF with one more signature (an incremental update when it already has one). */
export async function signPdf(pdf: Buffer, certificate: TestCertificate = testCertificate(), reason = "Ban hành kế hoạch"): Promise<Buffer> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason,
    contactInfo: "vanthu@skhcn.example",
    name: certificate.commonName,
    location: "Lạng Sơn",
    signatureLength: 8192,
  });
  return Buffer.from(await new SignPdf().sign(withPlaceholder, new P12Signer(certificate.p12)));
}

/** Offsets of the bytes covered by the first signature (its ByteRange's two parts), to tamper with. */
export function signedRange(pdf: Buffer): [number, number, number, number] {
  const match = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(pdf.toString("latin1"));
  if (!match) throw new Error("no ByteRange");
  return [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])];
}

/** A copy with one byte inside the signed content changed (in the page's text). */
export function tamper(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  const at = copy.indexOf("Ke hoach");
  if (at < 0) throw new Error("no text to tamper with");
  copy[at] = "X".charCodeAt(0);
  return copy;
}
