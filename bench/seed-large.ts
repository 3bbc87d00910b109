// A large organisation for the benchmark: about 200 units, 2,000 users, 400
// plans over ten years, 16,000 activities with sub-tasks and 100,000 updates,
// in Vietnamese. Reproducible (seeded random), bulk inserts.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db-client";
import type { ActivityStatus, PlanStatus, Prisma, Role, UnitKind } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { shiftDate, todayInVietnam, toDbDate } from "@/lib/dates";
import { searchTextOf } from "@/lib/text";

function random(seed: number) {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const DISTRICTS = ["Văn Quan", "Bình Gia", "Bắc Sơn", "Cao Lộc", "Lộc Bình", "Đình Lập", "Hữu Lũng", "Chi Lăng", "Tràng Định", "Văn Lãng", "thành phố Lạng Sơn"];
const VERBS = ["Tổ chức", "Tuyên truyền", "Hướng dẫn", "Kiểm tra", "Tổng hợp", "Xây dựng", "Triển khai", "Phối hợp thực hiện", "Đánh giá", "Phổ biến"];
const OBJECTS = [
  "hội thảo khoa học về đổi mới sáng tạo",
  "cuộc thi sáng tạo thanh thiếu niên, nhi đồng",
  "mô hình ứng dụng tiến bộ khoa học và công nghệ",
  "hội nghị phổ biến sáng kiến",
  "chuyên mục khoa học và công nghệ trên Báo Lạng Sơn",
  "đo lường, chất lượng sản phẩm hàng hóa",
  "hồ sơ đăng ký bảo hộ nhãn hiệu tập thể",
  "nhiệm vụ khoa học và công nghệ cấp tỉnh",
  "báo cáo kết quả thực hiện kế hoạch",
  "triển lãm thành tựu khoa học và công nghệ",
  "lớp tập huấn truy xuất nguồn gốc",
  "đợt thi đua cao điểm",
];
const PLAN_KINDS = [
  "Triển khai các hoạt động kỷ niệm Ngày Khoa học và Công nghệ Việt Nam",
  "Tổ chức Hội nghị phổ biến sáng kiến tại các huyện",
  "Phát động đợt thi đua cao điểm",
  "Tuyên truyền về sở hữu trí tuệ",
  "Kiểm tra đo lường, chất lượng hàng hóa dịp Tết",
  "Hỗ trợ khởi nghiệp đổi mới sáng tạo",
  "Ứng dụng tiến bộ khoa học và công nghệ trong nông nghiệp",
  "Tổ chức Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng",
];

export type LargeSeedResult = { organizationId: string; plans: number; activities: number; updates: number; largestPlanId: string; busiestUnitId: string; leaderUsername: string; staffUsername: string };

async function inChunks<T>(rows: T[], size: number, write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/**
 * Seeds `planCount` plans (400 for the full dataset) into a new organisation,
 * or adds plans to an existing one (`organizationId`), e.g. 40 first and 360 more.
 */
export async function seedLarge(
  db: Db,
  options: { planCount: number; organizationId?: string; seed?: number; log?: (line: string) => void },
): Promise<LargeSeedResult> {
  const rand = random(options.seed ?? 18052022);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const log = options.log ?? (() => {});
  const today = todayInVietnam();
  const thisYear = Number(today.slice(0, 4));

  let organizationId = options.organizationId;
  let unitIds: string[];
  let groupIds: string[];
  let staffByUnit: Map<string, string[]>;
  let leaderId: string;
  if (!organizationId) {
    organizationId = randomUUID();
    await db.organization.create({
      data: { id: organizationId, name: "Sở Khoa học và Công nghệ (dữ liệu thử tải)", headerName: "SỞ KHOA HỌC VÀ CÔNG NGHỆ", parentName: "UBND TỈNH THỬ TẢI", code: "SKHCN", place: "Lạng Sơn" },
    });
    const units: Prisma.UnitCreateManyInput[] = [];
    const internal = ["Văn phòng Sở", "Phòng Quản lý công nghệ và đổi mới sáng tạo", "Phòng Quản lý khoa học", "Phòng Kế hoạch - Tài chính", "Thanh tra Sở", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "Trung tâm Ứng dụng, phát triển khoa học – công nghệ", "Trung tâm Thông tin và Thống kê KH&CN"];
    for (const name of internal) units.push({ id: randomUUID(), organizationId, name, shortName: name.slice(0, 24), kind: "INTERNAL", sortOrder: units.length, searchText: searchTextOf(name) });
    for (let i = 0; units.length < 198; i++) {
      const district = DISTRICTS[i % DISTRICTS.length]!;
      const kinds = ["UBND huyện", "Phòng Kinh tế và Hạ tầng huyện", "Phòng Giáo dục và Đào tạo huyện", "Phòng Nông nghiệp huyện", "Trung tâm Văn hóa huyện", "Hội Nông dân huyện", "Đoàn Thanh niên huyện", "Hợp tác xã", "Trường THPT", "Doanh nghiệp KH&CN", "Hội Liên hiệp Phụ nữ huyện", "Trạm Khuyến nông huyện", "Trung tâm Y tế huyện", "Ban Quản lý dự án huyện", "Trường THCS", "Trường Tiểu học", "Câu lạc bộ khởi nghiệp"];
      const name = `${kinds[Math.floor(i / DISTRICTS.length) % kinds.length]} ${district}${i >= DISTRICTS.length * kinds.length ? ` ${i}` : ""}`;
      const kind: UnitKind = i % 3 === 0 ? "EXTERNAL" : "INTERNAL";
      units.push({ id: randomUUID(), organizationId, name, shortName: name.slice(0, 30), kind, sortOrder: units.length, searchText: searchTextOf(name) });
    }
    const groupAll = { id: randomUUID(), organizationId, name: "Các phòng chuyên môn, đơn vị trực thuộc Sở", shortName: "Các phòng, đơn vị", kind: "GROUP" as const, sortOrder: 998, searchText: searchTextOf("Các phòng chuyên môn, đơn vị trực thuộc Sở") };
    const groupOthers = { id: randomUUID(), organizationId, name: "Các cơ quan có liên quan", shortName: "Các cơ quan liên quan", kind: "GROUP" as const, sortOrder: 999, searchText: searchTextOf("Các cơ quan có liên quan") };
    units.push(groupAll, groupOthers);
    await db.unit.createMany({ data: units });
    await db.unitGroupMember.createMany({ data: units.slice(0, 8).map((u) => ({ organizationId: organizationId!, groupId: groupAll.id, memberId: u.id! })) });
    unitIds = units.filter((u) => u.kind !== "GROUP").map((u) => u.id!);
    groupIds = [groupAll.id, groupOthers.id];

    const passwordHash = await hashPassword("bench-mat-khau");
    const users: Prisma.UserCreateManyInput[] = [];
    staffByUnit = new Map();
    for (let i = 0; i < 2000; i++) {
      const role: Role = i < 10 ? "LEADER" : i < 20 ? "ADMIN" : i < 100 ? "VIEWER" : "STAFF";
      const unitId = role === "STAFF" || role === "ADMIN" ? unitIds[i % unitIds.length]! : null;
      const id = randomUUID();
      users.push({ id, organizationId, username: `bench${String(i).padStart(4, "0")}`, displayName: `Cán bộ ${i}`, role, unitId, passwordHash });
      if (role === "STAFF" && unitId) staffByUnit.set(unitId, [...(staffByUnit.get(unitId) ?? []), id]);
    }
    await inChunks(users, 1000, (chunk) => db.user.createMany({ data: chunk }));
    leaderId = users[0]!.id!;
    log("Đã tạo 200 đơn vị và 2.000 tài khoản.");
  } else {
    const units = await db.unit.findMany({ where: { organizationId }, select: { id: true, kind: true } });
    unitIds = units.filter((u) => u.kind !== "GROUP").map((u) => u.id);
    groupIds = units.filter((u) => u.kind === "GROUP").map((u) => u.id);
    const users = await db.user.findMany({ where: { organizationId }, select: { id: true, role: true, unitId: true, username: true } });
    staffByUnit = new Map();
    for (const u of users) if (u.role === "STAFF" && u.unitId) staffByUnit.set(u.unitId, [...(staffByUnit.get(u.unitId) ?? []), u.id]);
    leaderId = users.find((u) => u.username === "bench0000")!.id;
  }

  // Busy units lead more: a skewed choice makes one unit the busiest.
  const leadUnit = () => (rand() < 0.3 ? unitIds[1]! : unitIds[Math.floor(rand() ** 2 * unitIds.length)]!);
  const existing = await db.plan.count({ where: { organizationId } });
  const plans: Prisma.PlanCreateManyInput[] = [];
  const phases: Prisma.PhaseCreateManyInput[] = [];
  const activities: Prisma.ActivityCreateManyInput[] = [];
  const supports: Prisma.ActivitySupportCreateManyInput[] = [];
  const updates: Prisma.ActivityUpdateCreateManyInput[] = [];
  const reviews: Prisma.PlanReviewCreateManyInput[] = [];
  let largestPlanId = "";
  const numbers = new Map<number, number>();
  for (const row of await db.plan.groupBy({ by: ["numberYear"], where: { organizationId, numberYear: { not: null } }, _max: { number: true } })) {
    numbers.set(row.numberYear!, row._max.number ?? 0);
  }
  for (let p = 0; p < options.planCount; p++) {
    const index = existing + p;
    const year = thisYear - 9 + (index % 10);
    const current = year === thisYear;
    const status: PlanStatus = current ? (index % 8 === 0 ? "DRAFT" : index % 8 === 1 ? "SUBMITTED" : "ISSUED") : index % 5 === 0 ? "ARCHIVED" : "COMPLETED";
    const planId = randomUUID();
    const eventMonth = 1 + (index % 11);
    const eventDate = `${year}-${String(eventMonth).padStart(2, "0")}-${String(5 + (index % 20)).padStart(2, "0")}`;
    const title = `${pick(PLAN_KINDS)} năm ${year}${index % 3 === 0 ? ` tại huyện ${pick(DISTRICTS)}` : ""}`;
    const issued = status !== "DRAFT" && status !== "SUBMITTED";
    const number = issued ? (numbers.get(year) ?? 0) + 1 : null;
    if (number) numbers.set(year, number);
    plans.push({
      id: planId,
      organizationId,
      title,
      searchText: searchTextOf(title),
      year,
      eventDate: toDbDate(eventDate),
      place: "Lạng Sơn",
      status,
      number,
      numberYear: number ? year : null,
      symbol: number ? "KH-SKHCN" : null,
      issueDate: issued ? toDbDate(shiftDate(eventDate, -20)) : null,
      legalBasis: [`Căn cứ Kế hoạch công tác năm ${year} của Sở Khoa học và Công nghệ.`],
      purposes: ["Tuyên truyền, phổ biến rộng rãi các thành tựu KH&CN.", "Nâng cao nhận thức của cán bộ, nhân dân về đổi mới sáng tạo."],
      requirements: ["Tổ chức thiết thực, tiết kiệm, hiệu quả."],
      theme: "Khoa học, công nghệ và đổi mới sáng tạo – Động lực phát triển",
      slogans: ["Nhiệt liệt chào mừng Ngày Khoa học và Công nghệ Việt Nam 18-5"],
      contentItems: ["Tuyên truyền các chính sách mới về KH&CN.", "Giới thiệu các mô hình ứng dụng hiệu quả."],
      closingText: "Đề nghị các đơn vị căn cứ nhiệm vụ được giao triển khai thực hiện./.",
      recipients: ["Lãnh đạo Sở;", "Các phòng, đơn vị trực thuộc Sở;", "Lưu: VT, VP."],
      signerTitle: "GIÁM ĐỐC",
      signerName: "Nguyễn Văn Thử",
      createdById: leaderId,
    });
    if (issued) {
      reviews.push({ organizationId, planId, actorId: leaderId, fromStatus: "DRAFT", toStatus: "SUBMITTED", createdAt: new Date(`${shiftDate(eventDate, -25)}T02:00:00Z`) });
      reviews.push({ organizationId, planId, actorId: leaderId, fromStatus: "SUBMITTED", toStatus: "APPROVED", createdAt: new Date(`${shiftDate(eventDate, -21)}T02:00:00Z`) });
      reviews.push({ organizationId, planId, actorId: leaderId, fromStatus: "APPROVED", toStatus: "ISSUED", createdAt: new Date(`${shiftDate(eventDate, -20)}T02:00:00Z`) });
    }
    // The first plan is the largest: 240 activities instead of 40.
    const perPhase = p === 0 && !options.organizationId ? 64 : 11;
    if (p === 0 && !options.organizationId) largestPlanId = planId;
    for (let ph = 0; ph < 3; ph++) {
      const phaseId = randomUUID();
      const start = shiftDate(eventDate, -30 + ph * 14);
      const end = shiftDate(start, 13 + (ph === 1 ? 3 : 0));
      phases.push({ id: phaseId, organizationId, planId, order: ph + 1, code: `2.${ph + 1}`, title: ["Chuẩn bị", "Tổ chức thực hiện", "Tổng kết, báo cáo"][ph]!, startDate: toDbDate(start), endDate: toDbDate(end) });
      let order = 0;
      for (let a = 0; a < perPhase; a++) {
        const activityId = randomUUID();
        order += 1;
        const aStart = shiftDate(start, Math.floor(rand() * 5));
        const aEnd = shiftDate(aStart, 2 + Math.floor(rand() * 9));
        const passed = aEnd < today;
        const roll = rand();
        const activityStatus: ActivityStatus = !issued
          ? "NOT_STARTED"
          : passed
            ? roll < 0.82 ? "DONE" : roll < 0.85 ? "CANCELLED" : roll < 0.93 ? "IN_PROGRESS" : "BLOCKED"
            : roll < 0.3 ? "DONE" : roll < 0.7 ? "IN_PROGRESS" : "NOT_STARTED";
        const lead = leadUnit();
        const content = `${pick(VERBS)} ${pick(OBJECTS)} tại ${pick(DISTRICTS)}`;
        const progress = activityStatus === "DONE" ? 100 : activityStatus === "IN_PROGRESS" ? 10 + Math.floor(rand() * 80) : 0;
        activities.push({
          id: activityId,
          organizationId,
          planId,
          phaseId,
          order,
          content,
          searchText: searchTextOf(content),
          leadUnitId: lead,
          startDate: toDbDate(aStart),
          endDate: toDbDate(aEnd),
          note: rand() < 0.2 ? `Dự kiến tổ chức ngày ${aEnd.slice(8)}/${Number(aEnd.slice(5, 7))}/${aEnd.slice(0, 4)}` : "",
          status: activityStatus,
          progress,
          result: activityStatus === "DONE" ? `Hoàn thành; ${10 + Math.floor(rand() * 400)} người tham dự.` : "",
          completedOn: activityStatus === "DONE" ? toDbDate(rand() < 0.85 ? aEnd : shiftDate(aEnd, 1 + Math.floor(rand() * 5))) : null,
          lastUpdateAt: issued ? new Date(`${aEnd}T09:00:00Z`) : null,
          version: 1,
        });
        const supporterCount = Math.floor(rand() * 4);
        const chosen = new Set<string>();
        for (let s = 0; s < supporterCount; s++) {
          const unitId = rand() < 0.1 ? pick(groupIds) : pick(unitIds);
          if (unitId !== lead && !chosen.has(unitId)) chosen.add(unitId);
        }
        for (const unitId of chosen) supports.push({ organizationId, activityId, unitId });
        // One in four activities has two sub-tasks.
        if (a % 4 === 3) {
          for (let s = 1; s <= 2; s++) {
            const subId = randomUUID();
            const subContent = `${pick(VERBS)} ${pick(OBJECTS)} (việc ${s})`;
            activities.push({
              id: subId,
              organizationId,
              planId,
              phaseId,
              parentId: activityId,
              order: s,
              content: subContent,
              searchText: searchTextOf(subContent),
              leadUnitId: leadUnit(),
              startDate: toDbDate(aStart),
              endDate: toDbDate(aEnd),
              status: activityStatus,
              progress,
              completedOn: activityStatus === "DONE" ? toDbDate(aEnd) : null,
              version: 1,
            });
          }
        }
      }
    }
  }
  // Updates: history spread over issued activities, about 6 each.
  const issuedActivities = activities.filter((a) => a.status !== "NOT_STARTED");
  const target = Math.round((options.planCount / 400) * 100_000);
  for (let u = 0; u < target && issuedActivities.length; u++) {
    const a = issuedActivities[Math.floor(rand() * issuedActivities.length)]!;
    const staff = staffByUnit.get(a.leadUnitId) ?? [leaderId];
    const at = new Date(new Date(a.startDate as Date).getTime() + Math.floor(rand() * 10) * 86_400_000 + 3_600_000 * 9);
    updates.push({
      organizationId,
      activityId: a.id!,
      authorId: pick(staff),
      authorUnitId: a.leadUnitId,
      status: rand() < 0.3 ? (a.status as ActivityStatus) : null,
      progress: Math.floor(rand() * 100),
      note: `Đã ${pick(["gửi văn bản", "họp triển khai", "làm việc với", "khảo sát tại"])} ${pick(DISTRICTS)}.`,
      figures: rand() < 0.3 ? [{ label: "Số người tham dự", value: String(20 + Math.floor(rand() * 400)) }] : [],
      evidence: rand() < 0.1 ? [{ url: "https://skhcn.langson.gov.vn/tin-tuc", title: "Tin bài trên trang của Sở" }] : [],
      createdAt: at,
    });
  }
  await inChunks(plans, 500, (chunk) => db.plan.createMany({ data: chunk }));
  await inChunks(phases, 2000, (chunk) => db.phase.createMany({ data: chunk }));
  // Parents before sub-tasks (foreign key).
  await inChunks(activities.filter((a) => !a.parentId), 2000, (chunk) => db.activity.createMany({ data: chunk }));
  await inChunks(activities.filter((a) => a.parentId), 2000, (chunk) => db.activity.createMany({ data: chunk }));
  await inChunks(supports, 5000, (chunk) => db.activitySupport.createMany({ data: chunk, skipDuplicates: true }));
  await inChunks(updates, 5000, (chunk) => db.activityUpdate.createMany({ data: chunk }));
  await inChunks(reviews, 2000, (chunk) => db.planReview.createMany({ data: chunk }));
  // What autovacuum does in production within minutes of a bulk load: fresh
  // statistics for the planner and the visibility map for index-only scans.
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  const busiest = await db.activity.groupBy({ by: ["leadUnitId"], where: { organizationId, plan: { status: "ISSUED" } }, _count: { _all: true }, orderBy: { _count: { leadUnitId: "desc" } }, take: 1 });
  const staffUser = await db.user.findFirst({ where: { organizationId, unitId: busiest[0]?.leadUnitId, role: "STAFF" }, select: { username: true } });
  const largest = largestPlanId || (await db.plan.findFirstOrThrow({ where: { organizationId }, orderBy: { activities: { _count: "desc" } }, select: { id: true } })).id;
  return {
    organizationId,
    plans: plans.length,
    activities: activities.length,
    updates: updates.length,
    largestPlanId: largest,
    busiestUnitId: busiest[0]?.leadUnitId ?? unitIds[0]!,
    leaderUsername: "bench0000",
    staffUsername: staffUser?.username ?? "bench0100",
  };
}

export type SizedPlan = { activities: number; planId: string };

/**
 * Issued plans of this year with exactly these numbers of activities (sub-tasks
 * included), e.g. 40, 240 and 1,000, for the plan page at each size: five
 * phases, one activity in four with two sub-tasks, lead and supporting units
 * spread over the organisation, statuses as in a plan under way, and a few
 * updates each.
 */
export async function seedSizedPlans(db: Db, organizationId: string, sizes: number[], seed = 4242): Promise<SizedPlan[]> {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const today = todayInVietnam();
  const year = Number(today.slice(0, 4));
  const units = await db.unit.findMany({ where: { organizationId, kind: { not: "GROUP" } }, select: { id: true }, orderBy: { sortOrder: "asc" } });
  const unitIds = units.map((u) => u.id);
  const leader = await db.user.findFirstOrThrow({ where: { organizationId, username: "bench0000" }, select: { id: true } });
  const staff = await db.user.findMany({ where: { organizationId, role: "STAFF" }, select: { id: true, unitId: true } });
  const staffOf = new Map<string, string>();
  for (const s of staff) if (s.unitId && !staffOf.has(s.unitId)) staffOf.set(s.unitId, s.id);
  const last = await db.plan.aggregate({ where: { organizationId, numberYear: year }, _max: { number: true } });
  let number = last._max.number ?? 0;
  const out: SizedPlan[] = [];
  for (const size of sizes) {
    const planId = randomUUID();
    number += 1;
    const eventDate = shiftDate(today, 20);
    const title = `Kế hoạch thử tải ${size} hoạt động: ${pick(PLAN_KINDS)} năm ${year}`;
    await db.plan.create({
      data: {
        id: planId, organizationId, title, searchText: searchTextOf(title), year, eventDate: toDbDate(eventDate), place: "Lạng Sơn", status: "ISSUED",
        number, numberYear: year, symbol: "KH-SKHCN", issueDate: toDbDate(shiftDate(today, -40)),
        legalBasis: [`Căn cứ Kế hoạch công tác năm ${year} của Sở Khoa học và Công nghệ.`], purposes: ["Thử tải trang kế hoạch theo số hoạt động."], requirements: ["Tổ chức thiết thực, hiệu quả."],
        theme: "Khoa học, công nghệ và đổi mới sáng tạo", slogans: [], contentItems: [], closingText: "Đề nghị các đơn vị triển khai thực hiện./.", recipients: ["Lưu: VT, VP."],
        signerTitle: "GIÁM ĐỐC", signerName: "Nguyễn Văn Thử", createdById: leader.id,
      },
    });
    const phases: Prisma.PhaseCreateManyInput[] = [];
    const activities: Prisma.ActivityCreateManyInput[] = [];
    const supports: Prisma.ActivitySupportCreateManyInput[] = [];
    const updates: Prisma.ActivityUpdateCreateManyInput[] = [];
    const PHASES = 5;
    let made = 0;
    for (let ph = 0; ph < PHASES; ph++) {
      const phaseId = randomUUID();
      const start = shiftDate(today, -50 + ph * 15);
      const end = shiftDate(start, 20);
      phases.push({ id: phaseId, organizationId, planId, order: ph + 1, code: `${ph + 1}`, title: `Giai đoạn ${ph + 1}`, startDate: toDbDate(start), endDate: toDbDate(end) });
      const quota = Math.round((size * (ph + 1)) / PHASES) - made;
      let inPhase = 0;
      for (let order = 1; inPhase < quota; order++) {
        const aStart = shiftDate(start, Math.floor(rand() * 10));
        const aEnd = shiftDate(aStart, 2 + Math.floor(rand() * 12));
        const roll = rand();
        const status: ActivityStatus = aEnd < today ? (roll < 0.8 ? "DONE" : roll < 0.9 ? "IN_PROGRESS" : "BLOCKED") : roll < 0.3 ? "DONE" : roll < 0.65 ? "IN_PROGRESS" : "NOT_STARTED";
        const progress = status === "DONE" ? 100 : status === "IN_PROGRESS" ? 10 + Math.floor(rand() * 80) : 0;
        const id = randomUUID();
        const lead = pick(unitIds);
        const content = `${pick(VERBS)} ${pick(OBJECTS)} tại ${pick(DISTRICTS)}`;
        const common = { organizationId, planId, phaseId, startDate: toDbDate(aStart), endDate: toDbDate(aEnd), status, progress, completedOn: status === "DONE" ? toDbDate(aEnd) : null, version: 1 };
        activities.push({ ...common, id, order, content, searchText: searchTextOf(content), leadUnitId: lead, note: "", result: status === "DONE" ? "Hoàn thành." : "", lastUpdateAt: new Date(`${aStart}T09:00:00Z`) });
        for (const unitId of new Set([pick(unitIds), pick(unitIds)])) if (unitId !== lead) supports.push({ organizationId, activityId: id, unitId });
        updates.push({ organizationId, activityId: id, authorId: staffOf.get(lead) ?? leader.id, authorUnitId: lead, status: null, progress, note: `Đã triển khai tại ${pick(DISTRICTS)}.`, figures: [], evidence: [], createdAt: new Date(`${aStart}T09:00:00Z`) });
        inPhase += 1;
        // One in four has two sub-tasks, while the phase has room for them.
        for (let s = 1; s <= 2 && order % 4 === 0 && inPhase < quota; s++, inPhase++) {
          const subContent = `${pick(VERBS)} ${pick(OBJECTS)} (việc ${s})`;
          activities.push({ ...common, id: randomUUID(), parentId: id, order: s, content: subContent, searchText: searchTextOf(subContent), leadUnitId: pick(unitIds) });
        }
      }
      made += inPhase;
    }
    await db.phase.createMany({ data: phases });
    await inChunks(activities.filter((a) => !a.parentId), 2000, (chunk) => db.activity.createMany({ data: chunk }));
    await inChunks(activities.filter((a) => a.parentId), 2000, (chunk) => db.activity.createMany({ data: chunk }));
    await inChunks(supports, 5000, (chunk) => db.activitySupport.createMany({ data: chunk, skipDuplicates: true }));
    await inChunks(updates, 5000, (chunk) => db.activityUpdate.createMany({ data: chunk }));
    out.push({ activities: activities.length, planId });
  }
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  return out;
}
