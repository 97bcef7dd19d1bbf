import { Activity, FlaskConical, Globe } from "lucide-react";
import { EmptyState } from "@/components/ui/misc";
import { CopyButton } from "@/components/ui/copy-button";

const copy = {
  test: {
    icon: <FlaskConical />,
    title: "Test invocations are coming",
    body: "Invoking with saved sample events, with logs, duration and billed duration, arrives with its own issue. Until then, any Lambda client can invoke this function:",
    command: (n: string) =>
      `aws lambda invoke --function-name ${n} --payload '{}' --cli-binary-format raw-in-base64-out out.json`,
  },
  endpoint: {
    icon: <Globe />,
    title: "HTTP endpoints are coming",
    body: "Attaching a function URL (auth type, CORS) from here arrives with its own issue. The Lambda API already accepts it:",
    command: (n: string) =>
      `aws lambda create-function-url-config --function-name ${n} --auth-type NONE`,
  },
  monitor: {
    icon: <Activity />,
    title: "Metrics and logs are coming",
    body: "Invocations, errors, duration and logs from CloudWatch arrive with their own issue.",
    command: undefined,
  },
} as const;

/** An honest placeholder for the tabs later issues deliver. */
export function TabPlaceholder({ name, tab }: { name: string; tab: keyof typeof copy }) {
  const c = copy[tab];
  const command = c.command?.(name);
  return (
    <EmptyState
      icon={c.icon}
      title={c.title}
      action={
        command && (
          <div className="bg-muted/50 flex max-w-full items-center gap-1 rounded-md border py-1 pr-1 pl-3 font-mono text-xs">
            <code className="truncate">{command}</code>
            <CopyButton value={command} label="Copy command" />
          </div>
        )
      }
    >
      {c.body}
    </EmptyState>
  );
}
