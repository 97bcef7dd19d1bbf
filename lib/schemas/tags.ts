import { z } from "zod";

/** AWS tag rules: keys 1–128, values 0–256, no "aws:" prefix, at most 50 per resource. */
export const tagSchema = z.object({
  key: z
    .string()
    .min(1, "Enter a tag key.")
    .max(128, "Tag keys have at most 128 characters.")
    .refine((k) => !k.toLowerCase().startsWith("aws:"), "The aws: prefix is reserved by AWS.")
    .refine((k) => k !== "team", "Set the team with the Team field."),
  value: z.string().max(256, "Tag values have at most 256 characters."),
});
export type Tag = z.infer<typeof tagSchema>;

export const tagsSchema = z
  .array(tagSchema)
  .max(49, "A function can have at most 50 tags, the team tag included.")
  .superRefine((tags, ctx) => {
    const seen = new Set<string>();
    tags.forEach((t, i) => {
      if (seen.has(t.key)) {
        ctx.addIssue({ code: "custom", path: [i, "key"], message: `“${t.key}” appears twice.` });
      }
      seen.add(t.key);
    });
  });

export const TEAM_TAG = "team";
