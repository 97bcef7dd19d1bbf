"use client";

import { Eye, EyeOff, Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { looksSecret } from "@/lib/schemas/environment";

export type Pair = { key: string; value: string };

type Props = {
  /** Accessible name of the group and prefix of the row labels, e.g. "Environment variable". */
  label: string;
  pairs: Pair[];
  onChange: (pairs: Pair[]) => void;
  /** Field errors keyed as the schema reports them: "0.key", "1.value", "" for the whole list. */
  errors?: Record<string, string[] | undefined>;
  maskSecrets?: boolean;
  keyPlaceholder?: string;
};

/** Rows of key/value inputs; values of secret-looking keys stay masked until revealed. */
export function KeyValueEditor({
  label,
  pairs,
  onChange,
  errors = {},
  maskSecrets,
  keyPlaceholder = "KEY",
}: Props) {
  const [revealed, setRevealed] = useState<Set<number>>(new Set());
  const update = (i: number, patch: Partial<Pair>) =>
    onChange(pairs.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const listError = errors[""]?.[0];
  return (
    <div role="group" aria-label={`${label}s`} className="grid gap-2">
      {pairs.map((pair, i) => {
        const secret = maskSecrets && looksSecret(pair.key) && !revealed.has(i);
        const keyError = errors[`${i}.key`]?.[0];
        const valueError = errors[`${i}.value`]?.[0];
        return (
          <div key={i} className="grid gap-1">
            <div className="flex items-start gap-2">
              <Input
                aria-label={`${label} ${i + 1} key`}
                placeholder={keyPlaceholder}
                value={pair.key}
                aria-invalid={keyError ? true : undefined}
                className="flex-1 font-mono"
                onChange={(e) => update(i, { key: e.target.value })}
              />
              <div className="relative flex-[1.4]">
                <Input
                  aria-label={`${label} ${i + 1} value`}
                  placeholder="value"
                  value={pair.value}
                  type={secret ? "password" : "text"}
                  autoComplete="off"
                  className="pr-9 font-mono"
                  aria-invalid={valueError ? true : undefined}
                  onChange={(e) => update(i, { value: e.target.value })}
                />
                {maskSecrets && looksSecret(pair.key) && (
                  <Button
                    variant="ghost"
                    size="icon-sm"
                    className="absolute top-1 right-1"
                    aria-label={secret ? `Reveal ${pair.key}` : `Hide ${pair.key}`}
                    onClick={() =>
                      setRevealed((s) => {
                        const n = new Set(s);
                        if (n.has(i)) n.delete(i);
                        else n.add(i);
                        return n;
                      })
                    }
                  >
                    {secret ? <Eye /> : <EyeOff />}
                  </Button>
                )}
              </div>
              <Button
                variant="ghost"
                size="icon"
                aria-label={`Remove ${label.toLowerCase()} ${i + 1}`}
                onClick={() => onChange(pairs.filter((_, j) => j !== i))}
              >
                <Trash2 />
              </Button>
            </div>
            {(keyError || valueError) && (
              <p role="alert" className="text-destructive text-xs">
                {keyError ?? valueError}
              </p>
            )}
          </div>
        );
      })}
      {listError && (
        <p role="alert" className="text-destructive text-xs">
          {listError}
        </p>
      )}
      <div>
        <Button
          variant="outline"
          size="sm"
          onClick={() => onChange([...pairs, { key: "", value: "" }])}
        >
          <Plus /> Add {label.toLowerCase()}
        </Button>
      </div>
    </div>
  );
}

/** Picks the errors under `prefix.` and strips the prefix, for KeyValueEditor. */
export function nestedErrors(errors: Record<string, string[]> | undefined, prefix: string) {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(errors ?? {})) {
    if (k === prefix) out[""] = v;
    else if (k.startsWith(`${prefix}.`)) out[k.slice(prefix.length + 1)] = v;
  }
  return out;
}
