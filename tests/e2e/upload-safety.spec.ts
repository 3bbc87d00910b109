// One upload must never take the server down: while qlcn sends a hostile DOCX
// to the import preview, lanhdao's pages keep answering promptly, the upload
// gets its Vietnamese error naming the limit, and the server is up afterwards.
// The page is /help: a signed-in page through the layout and the session
// check, light enough that a busy shared machine alone does not slow it past
// the bound.
// The bound is a functional guarantee on a loaded 2-core machine, not a speed
// target (speed belongs in npm run bench): before the fix these files froze
// every request for seconds, or killed the server.
import { expect, test, type Page } from "@playwright/test";
import { pageAs } from "./support/auth";
import { docxWith, repeatedDocumentXml, zipBombDocx } from "../support/hostile-docx";

const PROMPT_MS = 2_000;
const PAGE = "/help";

/** Requests `path` as `page`'s user again and again until `until` settles; each answer's time in ms. */
async function timesWhile(page: Page, path: string, until: Promise<unknown>): Promise<number[]> {
  let settled = false;
  void until.finally(() => (settled = true)).catch(() => {});
  const times: number[] = [];
  do {
    const started = performance.now();
    const response = await page.request.get(path, { timeout: 60_000 });
    times.push(Math.round(performance.now() - started));
    expect(response.status()).toBe(200);
  } while (!settled);
  return times;
}

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page.goto("/plans/import");
  await page.getByRole("radio", { name: "Tải tệp DOCX" }).check();
  await page.getByLabel(/Tệp Word/).setInputFiles({ name, mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer });
}

async function readForPreview(page: Page, expected: RegExp) {
  await page.getByRole("button", { name: "Đọc văn bản" }).click();
  await expect(page.getByText(expected)).toBeVisible({ timeout: 60_000 });
}

test.describe("a hostile upload", () => {
  test.setTimeout(180_000);

  for (const { label, file, expected } of [
    {
      label: "the zip bomb of the issue (under 1 MB, 200 MB of XML)",
      file: () => zipBombDocx(200),
      expected: /^Phần “word\/document\.xml” của tệp giải nén ra 19\d(,\d)? MB; Kehoach đọc mỗi phần tối đa 10 MB\.$/,
    },
    {
      // Within the size and count limits: the worker reads it until it hits its own heap or time limit.
      label: "a paragraph of 8 MB of formatted runs",
      file: async () => docxWith(await repeatedDocumentXml(8 * 1024 * 1024, { runs: true })),
      expected: /^(Tệp cần hơn 256 MB bộ nhớ để đọc|Đọc tệp lâu quá 20 giây|Nội dung chữ của tệp dài hơn 400\.000 ký tự)/,
    },
  ]) {
    test(`${label}: another user's page answers promptly while it is read, and the server stays up`, async ({ browser }) => {
      const buffer = await file();
      const uploader = await pageAs(browser, "qlcn");
      const reader = await pageAs(browser, "lanhdao");
      await chooseFile(uploader, "ke-hoach.docx", buffer);
      // A route's first request loads its code: not what is measured here.
      expect((await reader.request.get(PAGE)).status()).toBe(200);
      const times = await timesWhile(reader, PAGE, readForPreview(uploader, expected));
      console.info(`${label}: ${PAGE} answered ${times.length} times while the upload was read; slowest ${Math.max(...times)} ms, all: ${times.join(", ")}`);
      expect(Math.max(...times)).toBeLessThan(PROMPT_MS);

      await reader.goto("/plans");
      await expect(reader.getByRole("heading", { level: 1, name: "Kế hoạch" })).toBeVisible();
      // The form kept the choice of a file and can be sent again.
      await expect(uploader.getByRole("button", { name: "Đọc văn bản" })).toBeEnabled();
      await uploader.context().close();
      await reader.context().close();
    });
  }
});
