import type { Metadata } from "next";
import { UsersAdmin } from "@/components/admin/users-admin";
import { requirePageSession } from "@/lib/auth";
import * as actions from "@/lib/auth/actions/admin-users";
import { listUsers } from "@/lib/auth/users";

export const metadata: Metadata = { title: "Users" };

export default async function AdminPage() {
  await requirePageSession("users.manage");
  const {
    createUserAccount,
    setUserRole,
    setUserTeams,
    resetUserPassword,
    signOutUserEverywhere,
    removeUserAccount,
  } = actions;
  return (
    <UsersAdmin
      users={await listUsers()}
      actions={{
        createUserAccount,
        setUserRole,
        setUserTeams,
        resetUserPassword,
        signOutUserEverywhere,
        removeUserAccount,
      }}
    />
  );
}
