"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "@/lib/toast";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import type { ActionResult } from "@/lib/actions/result";
import { errorsOf } from "@/lib/schemas/field-errors";
import type { Role } from "./types";
import { PasswordDialog } from "./password-dialog";
import { parseTeams, type AdminActions, type UserRow as Row } from "./types";

/** One user: role, teams, password reset, sign-out everywhere, removal. */
export function UserRow({
  user,
  self,
  actions,
}: {
  user: Row;
  self: boolean;
  actions: AdminActions;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [teams, setTeams] = useState(user.teams.join(", "));
  const [resetting, setResetting] = useState(false);

  const run = (label: string, call: () => Promise<ActionResult<unknown>>) =>
    start(async () => {
      const result = await call();
      // The field's own message ("Use letters, numbers…") says what to fix; the generic one does not.
      if (!result.ok)
        toast.error(result.error.message, {
          description: errorsOf(result.error.fieldErrors, "teams")?.join(" "),
        });
      else toast.success(label);
      router.refresh();
    });

  const teamsChanged = parseTeams(teams).join(",") !== user.teams.join(",");
  return (
    <tr className="border-b align-top last:border-0" aria-label={user.email}>
      <td className="py-2 pr-3">
        <div className="font-medium">{user.email}</div>
        <div className="text-muted-foreground text-xs">
          {user.name}
          {self && " · you"}
        </div>
      </td>
      <td className="py-2 pr-3">
        <Select
          aria-label={`Role of ${user.email}`}
          value={user.role}
          disabled={pending}
          className="w-36"
          onChange={(e) =>
            run(`${user.email} is now ${e.target.value}`, () =>
              actions.setUserRole({ userId: user.id, role: e.target.value as Role }),
            )
          }
        >
          <option value="admin">admin</option>
          <option value="developer">developer</option>
          <option value="viewer">viewer</option>
        </Select>
      </td>
      <td className="py-2 pr-3">
        <form
          className="flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            run(`Teams of ${user.email} saved`, () =>
              actions.setUserTeams({ userId: user.id, teams: parseTeams(teams) }),
            );
          }}
        >
          <Input
            aria-label={`Teams of ${user.email}`}
            value={teams}
            onChange={(e) => setTeams(e.target.value)}
            placeholder="no team"
            className="min-w-48"
          />
          {teamsChanged && (
            <Button type="submit" size="sm" variant="outline" disabled={pending}>
              Save
            </Button>
          )}
        </form>
        {user.role === "admin" && (
          <Badge variant="outline" className="mt-1">
            admins act on every team
          </Badge>
        )}
      </td>
      <td className="py-2">
        <div className="flex flex-wrap justify-end gap-1">
          <Button size="sm" variant="ghost" disabled={pending} onClick={() => setResetting(true)}>
            Reset password
          </Button>
          <Button
            size="sm"
            variant="ghost"
            disabled={pending}
            onClick={() =>
              run(`Signed ${user.email} out everywhere`, () =>
                actions.signOutUserEverywhere({ userId: user.id }),
              )
            }
          >
            Sign out everywhere
          </Button>
          {!self && (
            <Button
              size="sm"
              variant="ghost"
              className="text-destructive"
              disabled={pending}
              onClick={() =>
                confirm(`Remove ${user.email}? This cannot be undone.`) &&
                run(`Removed ${user.email}`, () => actions.removeUserAccount({ userId: user.id }))
              }
            >
              Remove
            </Button>
          )}
        </div>
        <PasswordDialog
          email={user.email}
          open={resetting}
          onOpenChange={setResetting}
          reset={(password) => actions.resetUserPassword({ userId: user.id, password })}
        />
      </td>
    </tr>
  );
}
