// The frame of an official document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
// the heading block, the signature block, and the page set-up with page
// numbers centred in the header from page 2 on.
import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, SectionType, TextRun, type FileChild } from "docx";
import type { OfficialHeading, SignerBlock } from "@/lib/documents/official";
import { centred, layoutTable, rule, run } from "./blocks";
import { LANDSCAPE_PAGE, PAGE, SIZE, TEXT_WIDTH, documentStyles, pt } from "./styles";

// Organisation on the left, national motto on the right, as the model forms
// lay them out: 44 % / 56 % so that "SỞ KHOA HỌC VÀ CÔNG NGHỆ" (bold 13 pt,
// 198 pt wide) and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (bold 12 pt, 249 pt)
// each fit on one line.
const LEFT = Math.round(TEXT_WIDTH * 0.44);
const RIGHT = TEXT_WIDTH - LEFT;

export function headingBlock(heading: OfficialHeading): FileChild[] {
  const organisation = [
    centred(heading.parentName.toLocaleUpperCase("vi"), { size: SIZE.header }),
    centred(heading.headerName.toLocaleUpperCase("vi"), { size: SIZE.header, bold: true }),
    rule(1300, LEFT),
    centred(heading.numberLine, { size: SIZE.header }, 120),
  ];
  const nation = [
    centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: SIZE.motto, bold: true }),
    centred("Độc lập - Tự do - Hạnh phúc", { size: SIZE.header, bold: true }),
    rule(3200, RIGHT),
    centred(heading.dateLine, { size: pt(14), italics: true }, 120),
  ];
  return [
    layoutTable([LEFT, RIGHT], [organisation, nation]),
    centred(heading.kind.toLocaleUpperCase("vi"), { bold: true }, 360),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { left: 850, right: 850 },
      children: [run(heading.title, { bold: true })],
    }),
    rule(2000, TEXT_WIDTH),
    new Paragraph({ spacing: { before: 120 }, children: [] }),
  ];
}

const SIGNER_LEFT = Math.round(TEXT_WIDTH * 0.45);

export function signatureBlock(signer: SignerBlock): FileChild[] {
  const recipients = [
    new Paragraph({ children: [run("Nơi nhận:", { bold: true, italics: true, size: SIZE.recipientsLabel })] }),
    ...signer.recipients.map((recipient) => new Paragraph({ children: [run(`- ${recipient}`, { size: SIZE.recipients })] })),
  ];
  const signature = [
    ...(signer.signerAuthority ? [centred(signer.signerAuthority.toLocaleUpperCase("vi"), { bold: true })] : []),
    centred(signer.signerTitle.toLocaleUpperCase("vi"), { bold: true }),
    // Room for the signature and the seal.
    ...Array.from({ length: 4 }, () => centred("")),
    centred(signer.signerName, { bold: true }, 240),
  ];
  // The empty paragraph also keeps the block apart from a table just before
  // it: Word and LibreOffice merge two tables that touch.
  return [
    new Paragraph({ spacing: { before: 120 }, keepNext: true, children: [] }),
    layoutTable([SIGNER_LEFT, TEXT_WIDTH - SIGNER_LEFT], [recipients, signature]),
  ];
}

const pageNumberHeader = () =>
  new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.header })] })],
  });

/**
 * One portrait A4 section; the first page carries no page number. An appendix (a plan's activity table after the
 * signature) starts a new section on a new page, A4 landscape, its pages numbered on.
 */
export async function packOfficialDocument(options: { title: string; description: string; children: FileChild[]; appendix?: FileChild[] }): Promise<Buffer> {
  const document = new Document({
    title: options.title,
    description: options.description,
    creator: "Kehoach",
    lastModifiedBy: "Kehoach",
    styles: documentStyles,
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children: options.children,
      },
      ...(options.appendix
        ? [
            {
              properties: {
                type: SectionType.NEXT_PAGE,
                // docx swaps width and height itself for a landscape page: given as portrait, written w=16838 h=11906.
                page: { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_PAGE.margin },
              },
              headers: { default: pageNumberHeader() },
              children: options.appendix,
            },
          ]
        : []),
    ],
  });
  return Packer.toBuffer(document);
}
