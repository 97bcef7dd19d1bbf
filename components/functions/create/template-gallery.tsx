"use client";

import { FileArchive, Globe, Search } from "lucide-react";
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";
import type { GalleryTemplate } from "./types";

export const UPLOAD_ID = "__upload__";

const runtimeLabel = (r: string) =>
  r.startsWith("python") ? "Python" : r.startsWith("nodejs") ? "Node.js" : r;

/** Searchable by name, description, runtime and tag; the last card is "Upload a .zip". */
export function TemplateGallery({
  templates,
  selected,
  onSelect,
}: {
  templates: GalleryTemplate[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const [query, setQuery] = useState("");
  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return templates.filter((t) => {
      const hay = [t.name, t.description, t.runtime, runtimeLabel(t.runtime), ...t.tags]
        .join(" ")
        .toLowerCase();
      return words.every((w) => hay.includes(w));
    });
  }, [templates, query]);

  return (
    <section aria-label="Templates" className="grid content-start gap-3">
      <div className="relative">
        <Search className="text-muted-foreground pointer-events-none absolute top-2.5 left-2.5 size-4" />
        <Input
          type="search"
          aria-label="Search templates"
          placeholder="Search templates by name, runtime or tag…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          className="pl-8"
        />
      </div>
      <div role="radiogroup" aria-label="Start from" className="grid gap-2 sm:grid-cols-2">
        {shown.map((t) => (
          <button
            key={t.id}
            type="button"
            role="radio"
            aria-checked={selected === t.id}
            aria-label={t.name + " (" + runtimeLabel(t.runtime) + ")"}
            onClick={() => onSelect(t.id)}
            className={cn(
              "bg-card hover:border-primary/50 grid content-start gap-1.5 rounded-lg border p-3 text-left transition-colors",
              selected === t.id && "border-primary ring-primary/20 ring-2",
            )}
          >
            <span className="flex items-center justify-between gap-2">
              <span className="truncate text-sm font-medium">{t.name}</span>
              <Badge variant={t.runtime.startsWith("python") ? "warning" : "success"}>
                {runtimeLabel(t.runtime)}
              </Badge>
            </span>
            <span className="text-muted-foreground line-clamp-2 text-xs">{t.description}</span>
            <span className="flex flex-wrap gap-1">
              {t.suggestsEndpoint && (
                <Badge variant="primary">
                  <Globe /> HTTP
                </Badge>
              )}
              {t.tags.slice(0, 3).map((tag) => (
                <Badge key={tag} variant="outline">
                  {tag}
                </Badge>
              ))}
            </span>
          </button>
        ))}
        <button
          type="button"
          role="radio"
          aria-checked={selected === UPLOAD_ID}
          aria-label="Upload a .zip"
          onClick={() => onSelect(UPLOAD_ID)}
          className={cn(
            "hover:border-primary/50 flex items-center gap-3 rounded-lg border border-dashed p-3 text-left",
            selected === UPLOAD_ID && "border-primary ring-primary/20 ring-2",
          )}
        >
          <FileArchive className="text-muted-foreground size-5" aria-hidden />
          <span className="grid gap-0.5">
            <span className="text-sm font-medium">Upload a .zip</span>
            <span className="text-muted-foreground text-xs">
              A deployment package you already have.
            </span>
          </span>
        </button>
      </div>
      {shown.length === 0 && (
        <p className="text-muted-foreground text-sm">No template matches “{query}”.</p>
      )}
    </section>
  );
}
