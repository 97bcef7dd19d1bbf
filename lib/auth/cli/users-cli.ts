import "server-only";
import { parseArgs } from "node:util";
import { recordAudit } from "@/lib/audit/store";
import { dataDir } from "@/lib/db/data-dir";
import { newUserSchema } from "../schemas";
import { createUser, findUserByEmail, listUsers, removeUser } from "../users";

/**
 * `npm run users -- add|list|remove`: accounts for tests and automation, in the same database
 * and through the same better-auth code as the admin page. Audited as done by "cli".
 */
const usage = `Usage:
  npm run users -- add --email <e> --password <p> --role <admin|developer|viewer> [--team <t>]... [--name <n>]
  npm run users -- list
  npm run users -- remove --email <e>
Honours DATA_DIR (default .data).`;

const cli = { id: "cli", email: "cli" };

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: "string" },
      password: { type: "string" },
      role: { type: "string" },
      team: { type: "string", multiple: true },
      name: { type: "string" },
    },
    strict: true,
  });
  if (command === "add") {
    const parsed = newUserSchema.safeParse({
      email: values.email,
      password: values.password,
      role: values.role,
      name: values.name,
      teams: values.team ?? [],
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        console.error(
          `--${issue.path[0] === "teams" ? "team" : String(issue.path[0])}: ${issue.message}`,
        );
      return 2;
    }
    const user = await createUser(parsed.data);
    recordAudit({
      actor: cli,
      action: "user.create",
      targetUser: user.email,
      result: "ok",
      details: { role: user.role, teams: user.teams },
    });
    console.log(
      `Added ${user.email} (${user.role}${user.teams.length ? `; teams: ${user.teams.join(", ")}` : ""}) in ${dataDir()}`,
    );
    return 0;
  }
  if (command === "list") {
    const users = await listUsers();
    if (!users.length)
      console.log(
        `No users in ${dataDir()} yet: open /setup, or add one with \`npm run users -- add\`.`,
      );
    for (const u of users)
      console.log([u.email, u.role, u.teams.join(",") || "-", u.createdAt].join("\t"));
    return 0;
  }
  if (command === "remove") {
    const user = values.email ? await findUserByEmail(values.email) : null;
    if (!user) {
      console.error(values.email ? `No user ${values.email}.` : usage);
      return values.email ? 1 : 2;
    }
    await removeUser(user.id);
    recordAudit({ actor: cli, action: "user.remove", targetUser: user.email, result: "ok" });
    console.log(`Removed ${user.email}.`);
    return 0;
  }
  console.error(usage);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
