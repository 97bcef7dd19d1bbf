// Creates a console user in DATA_DIR through lib/auth (better-auth's own hasher), for the e2e
// setup. Run as: node --conditions=react-server --import tsx e2e/support/create-user.ts <email> <password> <role>
import { createUser, findUserByEmail } from "@/lib/auth/users";
import type { Role } from "@/lib/auth/types";

const [email, password, role = "admin"] = process.argv.slice(2);
if (!email || !password) throw new Error("usage: create-user <email> <password> [role]");
if (!(await findUserByEmail(email)))
  await createUser({ email, password, role: role as Role, teams: [] });
console.log(`user ${email} ready`);
