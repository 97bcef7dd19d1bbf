"use client";

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useViewer } from "@/components/auth/viewer-provider";
import { NewUserForm } from "./new-user-form";
import { UserRow } from "./user-row";
import type { AdminActions, UserRow as Row } from "./types";

/** The admin page: every user with role and teams, and a form to add one. */
export function UsersAdmin({ users, actions }: { users: Row[]; actions: AdminActions }) {
  const viewer = useViewer();
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Users</h1>
        <p className="text-muted-foreground text-sm">
          Admins manage everything. Developers create, edit, deploy, configure, invoke and delete
          the functions of their teams (a team is a function&apos;s <code>team</code> tag) and read
          the rest. Viewers only read.
        </p>
      </div>
      <NewUserForm create={actions.createUserAccount} />
      <Card>
        <CardHeader>
          <CardTitle>
            {users.length} user{users.length === 1 ? "" : "s"}
          </CardTitle>
          <CardDescription>Changes apply at the user&apos;s next request.</CardDescription>
        </CardHeader>
        <CardContent className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="text-muted-foreground border-b text-left text-xs">
                <th className="py-2 pr-3 font-medium">User</th>
                <th className="py-2 pr-3 font-medium">Role</th>
                <th className="py-2 pr-3 font-medium">Teams</th>
                <th className="py-2 text-right font-medium">Actions</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <UserRow
                  key={`${u.id}:${u.role}:${u.teams.join(",")}`}
                  user={u}
                  self={u.id === viewer?.id}
                  actions={actions}
                />
              ))}
            </tbody>
          </table>
        </CardContent>
      </Card>
    </div>
  );
}
