import type { TemplateSummary } from "@/lib/templates/schema";

/** A template as the gallery needs it: the summary plus default environment variables. */
export type GalleryTemplate = TemplateSummary & { environment: Record<string, string> };
