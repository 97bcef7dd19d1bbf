import type { Workspace } from "./workspace";

/** Unsaved drafts in localStorage, per function, until deployed or discarded. */
const key = (name: string) => `functionary:draft:${name}`;

export function loadDraft(name: string): Workspace | undefined {
  try {
    const raw = localStorage.getItem(key(name));
    return raw ? (JSON.parse(raw) as Workspace) : undefined;
  } catch {
    return undefined;
  }
}

/** Returns false when the browser refused (quota), so the UI can warn once. */
export function saveDraft(name: string, ws: Workspace): boolean {
  try {
    localStorage.setItem(key(name), JSON.stringify(ws));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(name: string) {
  try {
    localStorage.removeItem(key(name));
  } catch {
    // Storage disabled: nothing to clear.
  }
}
