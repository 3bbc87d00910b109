// The quick updates of "Việc của đơn vị": rows are server markup and one island
// opens the forms (components/activities/quick-updates.tsx). By keyboard: the
// button says whether its form is open, Enter opens and closes it, the form's
// controls are labelled, and a supporting unit's form offers no status.
import { pageAs } from "./support/auth";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/seed";

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`quick updates by keyboard on a ${viewport.width}px screen: one form per row, labelled, opened and closed with Enter`, async ({ browser, seed }, testInfo) => {
    const world = await seed.world();
    const today = seed.today();
    await seed.issuedPlan(world, [
      { content: "Tổng hợp báo cáo quý của phòng", end: today },
      { content: "Góp ý dự thảo quy chế", lead: world.unitB.id, supporters: [world.unitA.id], end: today },
      { content: "Việc riêng của phòng B", lead: world.unitB.id, end: today },
    ]);
    const page = await pageAs(browser, world.staffA.username, world.password, { viewport });
    await page.goto(`/my-work?unit=${world.unitA.id}`);
    const own = page.getByRole("article", { name: /Tổng hợp báo cáo quý của phòng/ });
    const supported = page.getByRole("article", { name: /Góp ý dự thảo quy chế/ });
    await expect(page.getByRole("article", { name: /Việc riêng của phòng B/ })).toHaveCount(0);

    const button = own.getByRole("button", { name: "Cập nhật nhanh" });
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    const form = own.getByRole("form", { name: "Cập nhật tiến độ" });
    await expect(form.getByLabel("Trạng thái")).toBeVisible();
    await expect(form.getByRole("spinbutton", { name: "Tiến độ (%)" })).toHaveValue("0");
    // One form open at a time per row; the supporting unit's row opens its own, without a status.
    await supported.getByRole("button", { name: "Cập nhật nhanh" }).click();
    const supportForm = supported.getByRole("form", { name: "Cập nhật tiến độ" });
    await expect(supportForm.getByText("Đơn vị phối hợp ghi chú, số liệu và minh chứng")).toBeVisible();
    await expect(supportForm.getByLabel("Trạng thái")).toHaveCount(0);
    await expect(page.getByRole("form", { name: "Cập nhật tiến độ" })).toHaveCount(2);
    await expectAccessible(page);
    await page.screenshot({ path: testInfo.outputPath(`my-work-${viewport.width}.png`), fullPage: true });

    // Enter on the button again closes its form; the other stays.
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(form).toHaveCount(0);
    await expect(supportForm).toBeVisible();
    await supportForm.getByRole("button", { name: "Đóng" }).click();
    await expect(page.getByRole("form", { name: "Cập nhật tiến độ" })).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
}
