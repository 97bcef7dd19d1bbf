import { Activity, FlaskConical, Globe } from "lucide-react";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/misc";
import { CopyButton } from "@/components/ui/copy-button";
import {
  functionUrlCommand,
  invokeCommand,
  type CliCommand,
  type CliTarget,
} from "@/lib/functions/cli-command";
import { useConnectionQuery } from "@/lib/queries/use-functions";

type Placeholder = {
  icon: ReactNode;
  title: string;
  body: (target: CliTarget | undefined) => string;
  /** A CLI command that already does the job against this backend, if there is one. */
  command?: (target: CliTarget, name: string) => CliCommand | null;
};

const placeholders = {
  test: {
    icon: <FlaskConical />,
    title: "Test invocations are coming",
    // The CLI sentence only with the command under it (it waits for the connection).
    body: (target) =>
      `Invoking with saved sample events, with logs, duration and billed duration, arrives with its own issue.${target ? " Until then, the AWS CLI can invoke this function:" : ""}`,
    command: invokeCommand,
  },
  endpoint: {
    icon: <Globe />,
    title: "HTTP endpoints are coming",
    body: (target) =>
      target?.kind === "engine"
        ? "Attaching a function URL (auth type, CORS) arrives with its own issue, for the engine and for AWS alike."
        : `Attaching a function URL (auth type, CORS) from here arrives with its own issue.${target ? " Until then, the AWS CLI can create one:" : ""}`,
    // The engine has no function URLs yet: a command that fails is worse than none.
    command: (target, name) => (target.kind === "aws" ? functionUrlCommand(target, name) : null),
  },
  monitor: {
    icon: <Activity />,
    title: "Metrics and logs are coming",
    body: () =>
      "Invocations, errors, duration and logs from CloudWatch arrive with their own issue.",
  },
} satisfies Record<string, Placeholder>;

/** An honest placeholder for the tabs later issues deliver. */
export function TabPlaceholder({ name, tab }: { name: string; tab: keyof typeof placeholders }) {
  const p: Placeholder = placeholders[tab];
  const { data } = useConnectionQuery();
  // The command is shown once the connection is known: without it, it would not run as shown.
  const command = data && p.command ? p.command(data, name) : null;
  return (
    <EmptyState
      icon={p.icon}
      title={p.title}
      action={
        command && (
          <div className="bg-muted/50 flex max-w-3xl items-center gap-2 rounded-md border py-1.5 pr-1 pl-3 text-left font-mono text-xs leading-5">
            <code className="wrap-break-word" title={command.text}>
              {command.text}
            </code>
            <CopyButton value={command.text} label="Copy command" />
          </div>
        )
      }
    >
      {p.body(data)}
    </EmptyState>
  );
}
