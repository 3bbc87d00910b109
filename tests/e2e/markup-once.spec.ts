// Static markup written once (components/ui/markup.tsx): in a page's HTML the
// large cached fragments (a plan's rows, the Gantt, a unit's work) are markup
// only, and the RSC payload inlined for hydration carries a key instead of a
// second copy. Hydration must keep the server's markup, and every other way a
// page reaches the browser must still show it: client navigation into the
// page, back and forward from the router's cache, a save's re-render.
import { pageAs } from "./support/auth";
import { expect, test } from "./support/seed";

const ACTIVITIES = 6;

test("a plan's rows are written once into the HTML and stay through hydration, client navigation and back", async ({ browser, seed }) => {
  const world = await seed.world();
  const mark = `Hội thảo ${Date.now().toString(36)}`;
  const contents = Array.from({ length: ACTIVITIES }, (_, i) => `${mark} số ${i + 1} về chuyển đổi số ở các xã vùng cao`);
  const plan = await seed.issuedPlan(world, contents.map((content) => ({ content })));
  const page = await pageAs(browser, world.leader.username, world.password);

  // The HTML as the server sent it: each row's text once, and none inside the inlined payload.
  const response = await page.goto(`/plans/${plan.id}`);
  const sent = (await response!.text()).replaceAll("<!-- -->", "");
  const payload = [...sent.matchAll(/<script[^>]*>(self\.__next_f\.push\([\s\S]*?\))<\/script>/g)].map((m) => m[1]).join("");
  expect(sent.split(contents[0]!).length - 1).toBe(1);
  expect(payload).not.toContain(mark);
  expect(payload.length).toBeGreaterThan(0);
  // Written in place in the document: not held back as segments that a script moves into it once the rest has come.
  const article = sent.slice(sent.indexOf("<article"), sent.indexOf("</article>"));
  expect(article).toContain(contents[0]!);
  expect(article).not.toContain('<template id="P:');

  const rows = page.getByRole("row").filter({ hasText: mark });
  await expect(rows).toHaveCount(ACTIVITIES);
  // A mark on the document: the steps below must not reload it.
  await page.evaluate(() => Object.assign(window, { kehoachSameDocument: true }));
  // Hydrated: a header link navigates on the client, and back comes from the router's cache.
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Hướng dẫn" }).click();
  await expect(page).toHaveURL(/\/help$/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}$`));
  await expect(rows).toHaveCount(ACTIVITIES);
  await expect(rows.first().getByRole("link", { name: /Chi tiết/ })).toBeVisible();

  // Into the plan by client navigation (its payload carries the markup), and forward again.
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Kế hoạch" }).click();
  await expect(page).toHaveURL(/\/plans$/);
  await page.getByRole("link", { name: new RegExp(plan.title.slice(-10)) }).first().click();
  await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}$`));
  await expect(rows).toHaveCount(ACTIVITIES);
  await page.goBack();
  await expect(page).toHaveURL(/\/plans$/);
  await page.goForward();
  await expect(rows).toHaveCount(ACTIVITIES);
  expect(await page.evaluate(() => (window as unknown as { kehoachSameDocument?: boolean }).kehoachSameDocument)).toBe(true);

  // The chart, by the plan's tab (a plain anchor the client router opens): its bars are markup too.
  await page.getByRole("navigation", { name: "Các trang của kế hoạch" }).getByRole("link", { name: "Biểu đồ thời gian" }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}/timeline$`));
  await expect(page.getByRole("link", { name: new RegExp(`${mark} số 1 `) }).first()).toBeVisible();
  // Back to the document by its tab, and to the plans by the breadcrumb, still without loading a document.
  await page.getByRole("navigation", { name: "Các trang của kế hoạch" }).getByRole("link", { name: "Văn bản" }).click();
  await expect(rows).toHaveCount(ACTIVITIES);
  await page.getByRole("navigation", { name: "Đường dẫn" }).getByRole("link", { name: "Kế hoạch" }).click();
  await expect(page).toHaveURL(/\/plans$/);
  expect(await page.evaluate(() => (window as unknown as { kehoachSameDocument?: boolean }).kehoachSameDocument)).toBe(true);
  await page.goto(`/plans/${plan.id}/timeline`);
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Hướng dẫn" }).click();
  await expect(page).toHaveURL(/\/help$/);
  await page.goBack();
  await expect(page.getByRole("link", { name: new RegExp(`${mark} số 1 `) }).first()).toBeVisible();
  await page.context().close();
});
