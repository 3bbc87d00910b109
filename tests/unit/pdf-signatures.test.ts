// The signed copy's signatures, read from PDFs signed in the test itself with
// a self-signed certificate (tests/support/signed-pdf.ts): a good one, one
// signed twice (incremental update), a tampered one, one with bytes appended,
// a scan without signatures, and malformed input that must not throw.
import { beforeAll, describe, expect, it } from "vitest";
import forge from "node-forge";
import { integrityOf, INTEGRITY_LABELS, MAX_SIGNATURES, parseStoredSignatures, readPdfSignatures, UNREADABLE } from "@/lib/documents/pdf-signatures";
import { checkSignedPdf, MAX_SIGNED_COPY_BYTES } from "@/lib/signed-copies/file";
import { makeCertificate, plainPdf, signedRange, signPdf, tamper, testCertificate } from "../support/signed-pdf";

let signed: Buffer;
let twice: Buffer;

beforeAll(async () => {
  signed = await signPdf(plainPdf());
  twice = await signPdf(signed, makeCertificate("Trần Thị Văn Thư", "Văn phòng Sở"));
}, 60_000);

describe("reading a PDF's digital signatures", () => {
  it("reads the signer, organisation, time and certificate period, and finds the document unchanged", () => {
    const before = Date.now();
    const { signatures, truncated } = readPdfSignatures(signed);
    expect(truncated).toBe(false);
    expect(signatures).toHaveLength(1);
    const [s] = signatures;
    expect(s).toMatchObject({
      readable: true,
      signer: "Nguyễn Văn Ký",
      organization: "Sở KH&CN Lạng Sơn",
      signedAtSource: "signingTime",
      digestOk: true,
      signatureOk: true,
      coversWholeFile: true,
      followedBySignature: false,
      certificateValidFrom: testCertificate().notBefore.toISOString(),
      certificateValidTo: testCertificate().notAfter.toISOString(),
      problem: null,
    });
    // Signed moments ago, in the beforeAll (signingTime has whole seconds).
    expect(Date.parse(s!.signedAt!)).toBeLessThanOrEqual(before);
    expect(Date.parse(s!.signedAt!)).toBeGreaterThan(before - 120_000);
    expect(integrityOf(s!)).toBe("intact");
    expect(INTEGRITY_LABELS.intact).toBe("Không thay đổi sau khi ký");
  });

  it("a second signature in an incremental update leaves the first one intact", () => {
    const { signatures } = readPdfSignatures(twice);
    expect(signatures.map((s) => [s.signer, s.digestOk, s.signatureOk, s.coversWholeFile, s.followedBySignature])).toEqual([
      ["Nguyễn Văn Ký", true, true, false, true],
      ["Trần Thị Văn Thư", true, true, true, false],
    ]);
    expect(signatures.map(integrityOf)).toEqual(["intact", "intact"]);
  });

  it("one byte changed inside the signed range fails the digest", () => {
    const { signatures } = readPdfSignatures(tamper(signed));
    expect(signatures).toHaveLength(1);
    expect(signatures[0]).toMatchObject({ readable: true, digestOk: false, signatureOk: true, coversWholeFile: true });
    expect(integrityOf(signatures[0]!)).toBe("changed");
    expect(INTEGRITY_LABELS.changed).toBe("Tài liệu đã bị thay đổi sau khi ký");
  });

  it("bytes appended after signing: the signature still verifies but does not cover the whole file", () => {
    const appended = Buffer.concat([signed, Buffer.from("6 0 obj\n<< /Annot (them vao sau khi ky) >>\nendobj\n%%EOF\n", "latin1")]);
    const [s] = readPdfSignatures(appended).signatures;
    expect(s).toMatchObject({ digestOk: true, signatureOk: true, coversWholeFile: false, followedBySignature: false });
    expect(integrityOf(s!)).toBe("appended");
    expect(INTEGRITY_LABELS.appended).toContain("Tài liệu đã bị thay đổi sau khi ký");
    // A trailing newline some tools add is not content.
    expect(readPdfSignatures(Buffer.concat([signed, Buffer.from("\r\n")])).signatures[0]).toMatchObject({ coversWholeFile: true });
  });

  it("a signature made over other content fails its signature check (messageDigest attribute rewritten)", () => {
    // Swap the messageDigest inside the CMS for the digest of other bytes: the digest then matches nothing signed.
    const [a, b, c] = signedRange(signed);
    const hex = signed.toString("latin1", a + b + 1, c - 1);
    const digest = forge.md.sha256.create().update(Buffer.concat([signed.subarray(0, b), signed.subarray(c)]).toString("binary")).digest().toHex();
    expect(hex).toContain(digest);
    const forged = Buffer.from(signed);
    const at = a + b + 1 + hex.indexOf(digest);
    forged.write("00".repeat(32), at, "latin1");
    const [s] = readPdfSignatures(forged).signatures;
    expect(s).toMatchObject({ readable: true, digestOk: false, signatureOk: false });
    expect(integrityOf(s!)).toBe("changed");
  });

  it("a scan without signatures has none", () => {
    expect(readPdfSignatures(plainPdf())).toEqual({ signatures: [], truncated: false });
  });

  it("malformed signatures read as unreadable, never throw", () => {
    const [a, b] = signedRange(signed);
    const garbage = Buffer.from(signed);
    garbage.write("30820fff0102".padEnd(64, "a"), a + b + 1, "latin1");
    const cases: Buffer[] = [
      garbage,
      Buffer.from("%PDF-1.4\n/ByteRange [0 10 20 5] /Contents <3082>\n%%EOF"),
      Buffer.from("%PDF-1.4\n/ByteRange [0 99999999 99999999 99999999]\n%%EOF"),
      Buffer.from("%PDF-1.4\n/ByteRange [5 10 20 30]\n" + "x".repeat(100)),
      Buffer.from(`%PDF-1.4\n/ByteRange [0 30 ${30 + 6} 10]<zz99>` + "y".repeat(20)),
    ];
    for (const input of cases) {
      const reading = readPdfSignatures(input);
      expect(reading.signatures.length).toBeGreaterThan(0);
      for (const s of reading.signatures) {
        expect(s.readable).toBe(false);
        expect(s.problem).toContain(UNREADABLE);
        expect(integrityOf(s)).toBe("unreadable");
      }
    }
    expect(readPdfSignatures(new Uint8Array())).toEqual({ signatures: [], truncated: false });
  });

  it("is bounded: at most MAX_SIGNATURES signatures, and a Contents larger than the cap is not parsed", () => {
    const many = Array.from({ length: MAX_SIGNATURES + 5 }, (_, i) => `/ByteRange [0 ${i + 1} ${i + 3} 0]`).join("\n");
    const reading = readPdfSignatures(Buffer.from(`%PDF-1.4\n${many}\n%%EOF`));
    expect(reading.signatures).toHaveLength(MAX_SIGNATURES);
    expect(reading.truncated).toBe(true);
    // The gap of a ByteRange [0 100 c 6] starts at byte 100 and holds 300 KB of hex: more than the 64 KB cap.
    const head = "%PDF-1.4\n/ByteRange [0 100 300102 6]\n".padEnd(100, " ");
    const [s] = readPdfSignatures(Buffer.from(`${head}<${"0".repeat(300_000)}>\n%%EOF`)).signatures;
    expect(s).toMatchObject({ readable: false, problem: expect.stringContaining("64 KB") });
  });

  it("a stored reading is validated on the way out of the database", () => {
    const reading = readPdfSignatures(signed);
    expect(parseStoredSignatures(JSON.parse(JSON.stringify(reading)))).toEqual(reading);
    expect(parseStoredSignatures({ signatures: [{ signer: 1 }] }).signatures[0]).toMatchObject({ readable: false, problem: UNREADABLE });
  });
});

describe("the signed copy's file check", () => {
  const name = "ke-hoach-da-ky.pdf";
  const codeOf = (fn: () => unknown) => {
    try {
      fn();
      return "OK";
    } catch (error) {
      return (error as { code: string }).code;
    }
  };

  it("accepts a whole PDF named .pdf", () => {
    expect(checkSignedPdf(name, signed)).toBe(name);
    expect(checkSignedPdf("Kế hoạch 12.PDF", plainPdf())).toBe("Kế hoạch 12.PDF");
  });

  it("refuses by content, not by name: a zip renamed .pdf, text, an empty file, a cut-off PDF, a PDF named .docx, a huge file", () => {
    expect(codeOf(() => checkSignedPdf(name, Buffer.from("PK\u0003\u0004word/document.xml")))).toBe("UNSUPPORTED_TYPE");
    expect(codeOf(() => checkSignedPdf(name, Buffer.from("<html><script>alert(1)</script>")))).toBe("UNSUPPORTED_TYPE");
    expect(codeOf(() => checkSignedPdf("ke-hoach.docx", plainPdf()))).toBe("UNSUPPORTED_TYPE");
    expect(codeOf(() => checkSignedPdf(name, new Uint8Array()))).toBe("INVALID");
    expect(codeOf(() => checkSignedPdf(name, plainPdf().subarray(0, 200)))).toBe("INVALID");
    const huge = Buffer.alloc(MAX_SIGNED_COPY_BYTES + 1, 0x20);
    huge.write("%PDF-1.4");
    expect(codeOf(() => checkSignedPdf(name, huge))).toBe("TOO_LARGE");
    expect(MAX_SIGNED_COPY_BYTES).toBe(20 * 1024 * 1024);
  });
});
