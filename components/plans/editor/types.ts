export type UnitOption = { id: string; name: string; shortName: string; kind: "INTERNAL" | "EXTERNAL" | "GROUP"; active: boolean };
