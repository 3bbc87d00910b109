"use server";
import { formAction } from "@/lib/action";
import { closeUnitSchema, createUnitSchema, mergeUnitSchema, renameUnitSchema, setUnitActiveSchema, updateUnitSchema } from "@/lib/units/schemas";
import { createUnit, setUnitActive, updateUnit } from "@/lib/units/service";
import { closeUnit, renameUnit } from "@/lib/units/reorganise";
import { mergeUnit } from "@/lib/units/merge";
import { formatDate } from "@/lib/dates";

export const createUnitAction = formAction({
  name: "createUnit",
  schema: createUnitSchema,
  run: createUnit,
  after: (unit) => ({ message: `Đã thêm đơn vị “${unit.name}”.`, revalidate: ["/units"] }),
});

export const updateUnitAction = formAction({
  name: "updateUnit",
  schema: updateUnitSchema,
  run: updateUnit,
  after: () => ({ message: "Đã lưu đơn vị.", revalidate: ["/units"] }),
});

export const setUnitActiveAction = formAction({
  name: "setUnitActive",
  schema: setUnitActiveSchema,
  run: setUnitActive,
  after: (_result, input) => ({
    message: input.active ? "Đã kích hoạt lại đơn vị." : "Đã ngừng sử dụng đơn vị.",
    revalidate: ["/units"],
  }),
});

export const renameUnitAction = formAction({
  name: "renameUnit",
  schema: renameUnitSchema,
  run: renameUnit,
  after: (result, input) => ({ message: `Đã đổi tên thành “${result.name}” từ ngày ${formatDate(input.effectiveDate)}.`, revalidate: ["/units", `/units/${input.id}`] }),
});

export const mergeUnitAction = formAction({
  name: "mergeUnit",
  schema: mergeUnitSchema,
  run: mergeUnit,
  after: (result, input) => ({
    message: `Đã sáp nhập vào “${result.targetName}” từ ngày ${formatDate(input.effectiveDate)}.`,
    revalidate: ["/units", `/units/${input.id}`],
    redirectTo: `/units/${input.id}`,
  }),
});

export const closeUnitAction = formAction({
  name: "closeUnit",
  schema: closeUnitSchema,
  run: closeUnit,
  after: (_result, input) => ({ message: `Đã giải thể đơn vị từ ngày ${formatDate(input.effectiveDate)}.`, revalidate: ["/units", `/units/${input.id}`] }),
});
