// The shared fragment cache (lib/cache/): rendered once per change, shared by
// the readers of an organisation, and correct on several instances.
// Requests go over HTTP with the cookies of a real sign-in, so each test reads
// exactly the HTML a server sent, on the instance it chose.
import { expect, test } from "@playwright/test";
import { newToken } from "@/lib/api-tokens/token";
import { todayInVietnam } from "@/lib/dates";
import { createPlan, createWorld, unique } from "@/tests/integration/support/factories";
import { dueSoonWorld, e2eDb, SEED_PASSWORD } from "./support/seed";
import { loopbackAddress, signInOverHttp } from "./support/http-sign-in";

const SECOND = `http://localhost:${process.env.E2E_SECOND_PORT}`;

type Reader = (base: string, path: string) => Promise<{ status: number; html: string }>;

async function readerFor(base: string, username: string): Promise<Reader> {
  const signIn = await signInOverHttp(base, { username, password: SEED_PASSWORD, from: loopbackAddress() });
  expect(signIn.error).toBeNull();
  const cookie = signIn.cookies.join("; ");
  return async (at, path) => {
    const response = await fetch(`${at}${path}`, { headers: { cookie }, redirect: "manual" });
    // React separates adjacent text with <!-- -->: drop it so text reads as on screen.
    return { status: response.status, html: (await response.text()).replaceAll("<!-- -->", "") };
  };
}

async function planWith(organizationId: string, status: "DRAFT" | "ISSUED", content: string, w: Awaited<ReturnType<typeof createWorld>>, number = 1) {
  const today = todayInVietnam();
  return createPlan(organizationId, {
    title: unique(status === "DRAFT" ? "Dự thảo kế hoạch bí mật" : "Kế hoạch đã ban hành"),
    year: Number(today.slice(0, 4)),
    status,
    ...(status === "ISSUED" ? { number, issueDate: today } : {}),
    draftingUnitId: w.unitA.id,
    createdById: w.staffA.id,
    signerTitle: "GIÁM ĐỐC",
    phases: [{ title: "Triển khai thực hiện", start: today, end: today, activities: [{ content, lead: w.unitA.id }] }],
  });
}

test("a fragment warmed by a leader never reaches a viewer, a user of another organisation, or another unit's staff", async ({ baseURL }) => {
  e2eDb();
  const w = await createWorld();
  const other = await createWorld();
  const secret = unique("Nội dung dự thảo chưa ban hành");
  const draft = await planWith(w.organization.id, "DRAFT", secret, w);
  const issued = await planWith(w.organization.id, "ISSUED", unique("Việc của phòng A"), w);
  const year = todayInVietnam().slice(0, 4);
  // Titles are shown re-cased ("Kế hoạch kế hoạch …"): their unique endings identify them.
  const draftMark = draft.title.slice(-8);
  const issuedMark = issued.title.slice(-8);
  const [leader, viewer, stranger, staffA, staffB] = (await Promise.all(
    [w.leader, w.viewer, other.leader, w.staffA, w.staffB].map((u) => readerFor(baseURL!, u.username)),
  )) as [Reader, Reader, Reader, Reader, Reader];
  const draftPages = [`/plans/${draft.id}`, `/plans/${draft.id}?all=1`, `/plans/${draft.id}/timeline`, `/plans/${draft.id}/dashboard`, `/plans/${draft.id}/calendar`];

  // The leader may read the draft: twice, so the second answer comes from the cache.
  for (const path of draftPages) {
    for (let i = 0; i < 2; i++) expect((await leader(baseURL!, path)).status, path).toBe(200);
  }
  expect((await leader(baseURL!, `/plans/${draft.id}`)).html).toContain(secret);
  expect((await leader(baseURL!, `/plans/${draft.id}/timeline`)).html).toContain(secret);

  // A viewer (no drafts) and a leader of another organisation get 404 and nothing of it.
  for (const reader of [viewer, stranger]) {
    for (const path of draftPages) {
      const answer = await reader(baseURL!, path);
      expect(answer.status, path).toBe(404);
      expect(answer.html, path).not.toContain(secret);
      expect(answer.html, path).not.toContain(draftMark);
    }
  }
  // Another organisation's published plan, warmed by its own leader, is not found either.
  for (const path of [`/plans/${issued.id}`, `/plans/${issued.id}/timeline`, `/plans/${issued.id}/dashboard`, `/plans/${issued.id}/calendar`]) {
    expect((await leader(baseURL!, path)).status, path).toBe(200);
    const answer = await stranger(baseURL!, path);
    expect(answer.status, path).toBe(404);
    expect(answer.html, path).not.toContain(issuedMark);
  }
  // Organisation-wide fragments: the year's chart and the home figures show published plans only, to everyone.
  for (const reader of [leader, viewer]) {
    const chart = await reader(baseURL!, `/timeline?year=${year}`);
    expect(chart.html).toContain(issuedMark);
    expect(chart.html).not.toContain(draftMark);
    const home = await reader(baseURL!, "/");
    expect(home.html).toContain(issuedMark);
    expect(home.html).not.toContain(draftMark);
    expect(home.html).not.toContain(secret);
  }
  // The latest updates may come from drafts: cached per filter of readable activities (the reader's rule, never
  // the reader). An update on the draft shows on the leader's home, and never on the viewer's after it.
  const note = unique("Ghi chú cập nhật của dự thảo");
  const draftActivity = await e2eDb().activity.findFirstOrThrow({ where: { planId: draft.id } });
  await e2eDb().activityUpdate.create({ data: { organizationId: w.organization.id, activityId: draftActivity.id, authorId: w.staffA.id, progress: 10, note } });
  await expect.poll(async () => (await leader(baseURL!, "/")).html, { timeout: 5_000 }).toContain(note);
  expect((await viewer(baseURL!, "/")).html).not.toContain(note);
  // The year view's years come from the cache keyed by the reader's filter: a year with only a draft is offered
  // to the leader who warmed it, never to the viewer.
  const draftYear = Number(year) + 3;
  await createPlan(w.organization.id, { title: unique("Dự thảo năm sau"), year: draftYear, status: "DRAFT", draftingUnitId: w.unitA.id, createdById: w.staffA.id, signerTitle: "GIÁM ĐỐC" });
  const yearOption = `<option value="${draftYear}"`;
  await expect.poll(async () => (await leader(baseURL!, `/timeline?year=${year}`)).html, { timeout: 5_000 }).toContain(yearOption);
  expect((await viewer(baseURL!, `/timeline?year=${year}`)).html).not.toContain(yearOption);
  // The stranger's own home and year chart, from the same cache, hold nothing of this organisation.
  for (const path of ["/", `/timeline?year=${year}`]) {
    const answer = await stranger(baseURL!, path);
    expect(answer.html).not.toContain(issuedMark);
    expect(answer.html).not.toContain(w.unitA.name);
  }
  // "Đơn vị của bạn" is per user: staff A sees unit A's card; staff B, whose unit has no work, sees none, after A warmed the figures.
  expect((await staffA(baseURL!, "/")).html).toContain(`Đơn vị của bạn: ${w.unitA.name}`);
  expect((await staffB(baseURL!, "/")).html).not.toContain("Đơn vị của bạn:");
});

test("a write on one instance shows on the other at once: plan page, chart, plan dashboard, home", async ({ baseURL }) => {
  const db = e2eDb();
  const world = await dueSoonWorld();
  const staff = await readerFor(baseURL!, world.staff.username);
  const { token, hash, prefix } = newToken();
  await db.apiToken.create({ data: { organizationId: world.organization.id, userId: world.staff.id, name: unique("cache"), tokenHash: hash, prefix } });
  const record = async (base: string, body: Record<string, unknown>) => {
    const { version } = await db.activity.findUniqueOrThrow({ where: { id: world.activityId }, select: { version: true } });
    const response = await fetch(`${base}/api/v1/activities/${world.activityId}/updates`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ version, ...body }),
    });
    expect(response.status).toBe(201);
  };
  const plan = `/plans/${world.planId}`;
  const chart = `/plans/${world.planId}/timeline`;
  const dashboard = `/plans/${world.planId}/dashboard`;
  const progress = (html: string) => /Tiến độ <span[^>]*>(\d+)%/.exec(html)?.[1];
  const chartStatus = (html: string) => / · (Chưa bắt đầu|Đang thực hiện|Hoàn thành|Vướng mắc)/.exec(html)?.[1];

  // Warm B (twice each, so its copies are cached) and A.
  for (const base of [SECOND, baseURL!, SECOND]) for (const path of [plan, chart, dashboard, "/"]) expect((await staff(base, path)).status).toBe(200);
  expect((await staff(SECOND, plan)).html).not.toContain("Đang thực hiện");
  expect(chartStatus((await staff(SECOND, chart)).html)).toBe("Chưa bắt đầu");
  expect(progress((await staff(SECOND, dashboard)).html)).toBe("0");

  // Written on A, read on B straight after: the plan document and the chart.
  await record(baseURL!, { status: "IN_PROGRESS", progress: 30 });
  expect((await staff(SECOND, plan)).html).toContain("Đang thực hiện");
  await record(baseURL!, { status: "BLOCKED", statusReason: "Chờ kinh phí" });
  expect(chartStatus((await staff(SECOND, chart)).html)).toBe("Vướng mắc");
  // The dashboards.
  await record(baseURL!, { status: "IN_PROGRESS", progress: 60 });
  expect(progress((await staff(SECOND, dashboard)).html)).toBe("60");
  await record(baseURL!, { progress: 70 });
  expect((await staff(SECOND, "/")).html).toContain("70%");
  // And the other way: written on B, read on A (which cached the older pages above).
  await record(SECOND, { progress: 80 });
  expect(progress((await staff(baseURL!, dashboard)).html)).toBe("80");
  await record(SECOND, { status: "DONE", progress: 100, result: "Đã gửi báo cáo tổng hợp" });
  expect(chartStatus((await staff(baseURL!, chart)).html)).toBe("Hoàn thành");
});

test("a progress update in one plan shows at once on the home page and the year's chart; the other plan's figures stay as they were", async ({ baseURL }) => {
  const db = e2eDb();
  const w = await createWorld();
  const [a, b] = [await planWith(w.organization.id, "ISSUED", unique("Việc kế hoạch A"), w), await planWith(w.organization.id, "ISSUED", unique("Việc kế hoạch B"), w, 2)];
  const leader = await readerFor(baseURL!, w.leader.username);
  const year = todayInVietnam().slice(0, 4);
  // A card's figure: the card links the plan's dashboard by its title, then shows its bar and "Tiến độ n% · d/t".
  const card = (html: string, planId: string) => new RegExp(`href="/plans/${planId}/dashboard" class="title">[^<]*</a>.*?Tiến độ (\\d+)% · (\\d+)/(\\d+) hoạt động xong`).exec(html)?.slice(1);
  for (const base of [baseURL!, SECOND, SECOND]) {
    const home = (await leader(base, "/")).html;
    expect(card(home, a.id)).toEqual(["0", "0", "1"]);
    expect(card(home, b.id)).toEqual(["0", "0", "1"]);
    expect((await leader(base, `/timeline?year=${year}`)).html).not.toContain("Tiến độ 60%");
  }

  const { token, hash, prefix } = newToken();
  await db.apiToken.create({ data: { organizationId: w.organization.id, userId: w.staffA.id, name: unique("cache"), tokenHash: hash, prefix } });
  const activity = await db.activity.findFirstOrThrow({ where: { planId: a.id } });
  const response = await fetch(`${baseURL}/api/v1/activities/${activity.id}/updates`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ version: activity.version, progress: 60, note: "Đã làm được hơn nửa" }),
  });
  expect(response.status).toBe(201);

  // Written on the first instance, read on both: A's new figure, B's unchanged.
  for (const base of [SECOND, baseURL!]) {
    const home = (await leader(base, "/")).html;
    expect(card(home, a.id)).toEqual(["60", "0", "1"]);
    expect(card(home, b.id)).toEqual(["0", "0", "1"]);
    const chart = (await leader(base, `/timeline?year=${year}`)).html;
    expect(chart).toContain("Tiến độ 60% · 0/1 xong");
    expect(chart).toContain("Tiến độ 0% · 0/1 xong");
    expect((await leader(base, `/plans/${b.id}/dashboard`)).html).toMatch(/Tiến độ <span[^>]*>0%/);
    expect((await leader(base, `/plans/${a.id}/dashboard`)).html).toMatch(/Tiến độ <span[^>]*>60%/);
  }
});

test("a progress update re-renders its own phase: the plan page and the chart keep the other phase's cached rows, and show the update at once", async ({ baseURL }) => {
  const db = e2eDb();
  const w = await createWorld();
  const today = todayInVietnam();
  const first = unique("Việc giai đoạn một");
  const second = unique("Việc giai đoạn hai");
  const plan = await createPlan(w.organization.id, {
    title: unique("Kế hoạch hai giai đoạn"),
    year: Number(today.slice(0, 4)),
    status: "ISSUED",
    number: 1,
    issueDate: today,
    draftingUnitId: w.unitA.id,
    createdById: w.staffA.id,
    signerTitle: "GIÁM ĐỐC",
    phases: [
      { title: "Chuẩn bị", start: today, end: today, activities: [{ content: first, lead: w.unitA.id }] },
      { title: "Triển khai", start: today, end: today, activities: [{ content: second, lead: w.unitA.id }] },
    ],
  });
  const activityOf = (content: string) => db.activity.findFirstOrThrow({ where: { planId: plan.id, content }, select: { id: true, version: true } });
  const [one, two] = [await activityOf(first), await activityOf(second)];
  const reader = await readerFor(baseURL!, w.staffA.username);
  const { token, hash, prefix } = newToken();
  await db.apiToken.create({ data: { organizationId: w.organization.id, userId: w.staffA.id, name: unique("phase"), tokenHash: hash, prefix } });
  const pages = [`/plans/${plan.id}`, `/plans/${plan.id}/timeline`];
  const progress = (html: string) => /Tiến độ <strong>(\d+)%<\/strong>/.exec(html)?.[1];
  const chartRow = (html: string, content: string) => html.split(content)[1]?.split("</li>")[0] ?? "";
  // Warm both pages (twice: the second answer is the cached one).
  for (const path of pages) for (let i = 0; i < 2; i++) expect((await reader(baseURL!, path)).status).toBe(200);
  expect(progress((await reader(baseURL!, pages[0]!)).html)).toBe("0");

  // Phase two's activity renamed behind the cache's back: with its triggers off, no tag is notified,
  // so a page that shows the new name has rendered phase two again.
  const renamed = unique("Tên mới không báo cho bộ nhớ đệm");
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
    await tx.activity.update({ where: { id: two.id }, data: { content: renamed } });
  });
  // A progress update on phase one, through the API.
  const response = await fetch(`${baseURL}/api/v1/activities/${one.id}/updates`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ version: one.version, status: "IN_PROGRESS", progress: 35 }),
  });
  expect(response.status).toBe(201);

  const page = (await reader(baseURL!, pages[0]!)).html;
  // Phase one shows the update at once, and so does the plan's progress line.
  expect(page).toContain(`aria-label="Tiến độ hoạt động 1" aria-valuenow="35"`);
  expect(progress(page)).toMatch(/^[1-9]\d*$/);
  // Phase two's rows are the cached ones: its old name, not the one written behind the cache.
  expect(page).toContain(second);
  expect(page).not.toContain(renamed);
  const chart = (await reader(baseURL!, pages[1]!)).html;
  expect(chartRow(chart, first)).toContain("Đang thực hiện");
  expect(chart).toContain(second);
  expect(chart).not.toContain(renamed);

  // A write to phase two that notifies (the triggers on) shows on both pages.
  await db.activity.update({ where: { id: two.id }, data: { note: "Ghi chú mới" } });
  for (const path of pages) await expect.poll(async () => (await reader(baseURL!, path)).html).toContain(renamed);
});
