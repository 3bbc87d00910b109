// "Việc của đơn vị" from the shared fragment cache (components/activities/cached-work.ts):
// one list per unit, filters and Vietnam day, shared by every reader of the
// organisation; the quick-update buttons are each reader's own; a write on one
// instance shows on the other at once, also on work the unit supports through
// a group. Requests go over HTTP with the cookies of a real sign-in, so each
// test reads exactly the HTML a server sent, on the instance it chose.
import { expect, test } from "@playwright/test";
import { newToken } from "@/lib/api-tokens/token";
import { shiftDate, todayInVietnam } from "@/lib/dates";
import { addGroupMembers, createPlan, createUnit, createUser, createWorld, unique } from "@/tests/integration/support/factories";
import { e2eDb, SEED_PASSWORD } from "./support/seed";
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

/** The activities whose "Cập nhật nhanh" button a page holds. */
const quickButtons = (html: string) => [...html.matchAll(/data-quick="([0-9a-f-]{36})"/g)].map((m) => m[1]);

/** A progress bar's figure in the row of an activity, as the server sent it. */
function progressOf(html: string, content: string): string | undefined {
  const row = html.slice(html.indexOf(content));
  return /role="progressbar"[^>]*aria-valuenow="(\d+)"/.exec(row)?.[1];
}

function plan(organizationId: string, status: "DRAFT" | "ISSUED", activities: { content: string; lead: string; supporters?: string[] }[]) {
  const today = todayInVietnam();
  return createPlan(organizationId, {
    title: unique(status === "DRAFT" ? "Dự thảo kế hoạch" : "Kế hoạch đã ban hành"),
    year: Number(today.slice(0, 4)),
    status,
    ...(status === "ISSUED" ? { number: 1, issueDate: today } : {}),
    signerTitle: "GIÁM ĐỐC",
    phases: [{ title: "Triển khai thực hiện", start: shiftDate(today, -5), end: shiftDate(today, 20), activities: activities.map((a) => ({ ...a, start: today, end: shiftDate(today, 10) })) }],
  });
}

test("a unit's list warmed by its staff reaches no other organisation, holds no draft, and gives quick updates only to who may report", async ({ baseURL }) => {
  const db = e2eDb();
  const w = await createWorld();
  const other = await createWorld();
  const leads = unique("Việc phòng A chủ trì");
  const supports = unique("Việc phòng A phối hợp");
  const secret = unique("Việc trong dự thảo");
  const issued = await plan(w.organization.id, "ISSUED", [
    { content: leads, lead: w.unitA.id },
    { content: supports, lead: w.unitB.id, supporters: [w.unitA.id] },
  ]);
  await plan(w.organization.id, "DRAFT", [{ content: secret, lead: w.unitA.id }]);
  const ids = Object.fromEntries((await db.activity.findMany({ where: { planId: issued.id }, select: { id: true, content: true } })).map((a) => [a.content, a.id]));
  const [staffA, staffB, viewer, leader, stranger] = (await Promise.all(
    [w.staffA, w.staffB, w.viewer, w.leader, other.leader].map((u) => readerFor(baseURL!, u.username)),
  )) as [Reader, Reader, Reader, Reader, Reader];
  const pageA = `/my-work?unit=${w.unitA.id}`;

  // Staff of unit A warm the list (twice: the second answer comes from the cache) and may report on both rows.
  for (let i = 0; i < 2; i++) expect((await staffA(baseURL!, pageA)).status).toBe(200);
  const own = (await staffA(baseURL!, pageA)).html;
  expect(own).toContain(leads);
  expect(own).toContain(supports);
  expect(quickButtons(own).sort()).toEqual([ids[leads], ids[supports]].sort());

  // A draft's activity is in no one's list, even a leader's, who may read the draft itself.
  for (const reader of [staffA, leader]) expect((await reader(baseURL!, pageA)).html).not.toContain(secret);

  // Everyone of the organisation may read unit A's list; their buttons are their own.
  const asB = (await staffB(baseURL!, pageA)).html;
  expect(asB).toContain(leads);
  // Staff B's unit leads the second activity: B may report on it, not on A's own.
  expect(quickButtons(asB)).toEqual([ids[supports]]);
  const asViewer = (await viewer(baseURL!, pageA)).html;
  expect(asViewer).toContain(leads);
  expect(quickButtons(asViewer)).toEqual([]);
  // A leader reports on anything.
  expect(quickButtons((await leader(baseURL!, pageA)).html).sort()).toEqual([ids[leads], ids[supports]].sort());

  // Another organisation's leader naming unit A: not found, nothing of it; their own list holds none of it either.
  const strangerAnswer = await stranger(baseURL!, pageA);
  expect(strangerAnswer.status).toBe(404);
  for (const text of [leads, supports, w.unitA.name]) expect(strangerAnswer.html).not.toContain(text);
  const strangerOwn = await stranger(baseURL!, `/my-work?unit=${other.unitA.id}`);
  expect(strangerOwn.status).toBe(200);
  for (const text of [leads, supports, w.unitA.name]) expect(strangerOwn.html).not.toContain(text);
});

test("a progress update on work a unit supports, directly or through a group, shows at once on the unit's list on the other instance", async ({ baseURL }) => {
  const db = e2eDb();
  const w = await createWorld();
  // Unit C supports through a group ("Các phòng chuyên môn") it belongs to.
  const unitC = await createUnit(w.organization.id);
  const group = await createUnit(w.organization.id, { kind: "GROUP" });
  await addGroupMembers(w.organization.id, group.id, [unitC.id]);
  const staffC = await createUser(w.organization.id, "STAFF", unitC.id);
  const content = unique("Việc phòng A chủ trì, phòng B và nhóm phối hợp");
  const issued = await plan(w.organization.id, "ISSUED", [{ content, lead: w.unitA.id, supporters: [w.unitB.id, group.id] }]);
  const activity = await db.activity.findFirstOrThrow({ where: { planId: issued.id }, select: { id: true } });
  const { token, hash, prefix } = newToken();
  await db.apiToken.create({ data: { organizationId: w.organization.id, userId: w.staffA.id, name: unique("cache"), tokenHash: hash, prefix } });
  const record = async (base: string, progress: number) => {
    const { version } = await db.activity.findUniqueOrThrow({ where: { id: activity.id }, select: { version: true } });
    const response = await fetch(`${base}/api/v1/activities/${activity.id}/updates`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ version, status: "IN_PROGRESS", progress }),
    });
    expect(response.status).toBe(201);
  };
  const staffB = await readerFor(baseURL!, w.staffB.username);
  const staffCReader = await readerFor(baseURL!, staffC.username);
  const pageB = `/my-work?unit=${w.unitB.id}`;
  const pageC = `/my-work?unit=${unitC.id}`;

  // Warm both instances (twice on B, so its copies are cached).
  for (const base of [SECOND, baseURL!, SECOND]) {
    expect((await staffB(base, pageB)).status).toBe(200);
    expect((await staffCReader(base, pageC)).status).toBe(200);
  }
  expect(progressOf((await staffB(SECOND, pageB)).html, content)).toBe("0");
  expect(progressOf((await staffCReader(SECOND, pageC)).html, content)).toBe("0");

  // Written on A, read on B straight after: the supporting unit's list and the group member's list.
  await record(baseURL!, 40);
  expect(progressOf((await staffB(SECOND, pageB)).html, content)).toBe("40");
  expect(progressOf((await staffCReader(SECOND, pageC)).html, content)).toBe("40");
  // And the other way: written on B, read on A, which cached the older lists.
  await record(SECOND, 65);
  expect(progressOf((await staffB(baseURL!, pageB)).html, content)).toBe("65");
  expect(progressOf((await staffCReader(baseURL!, pageC)).html, content)).toBe("65");
});
