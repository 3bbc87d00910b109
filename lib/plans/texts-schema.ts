// A plan's texts as its document writes them, as plain data: the plan JSON,
// the import preview and the frozen issued copy read and write this shape.
import { z } from "zod";

export const planTextsSchema = z.object({
  legalBasis: z.array(z.string()),
  intro: z.string(),
  purposes: z.array(z.string()),
  requirements: z.array(z.string()),
  theme: z.string(),
  slogans: z.array(z.string()),
  contentItems: z.array(z.string()),
  closingText: z.string(),
  recipients: z.array(z.string()),
});

/** Who signs, as printed under the text. */
export const planSignerShape = { signerAuthority: z.string(), signerTitle: z.string(), signerName: z.string() };
