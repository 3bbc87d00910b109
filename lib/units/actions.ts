"use server";
import { formAction } from "@/lib/action";
import { createUnitSchema, setUnitActiveSchema, updateUnitSchema } from "@/lib/units/schemas";
import { createUnit, setUnitActive, updateUnit } from "@/lib/units/service";

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
