/** The only place query keys are spelled out. */
export const functionKeys = {
  all: ["functions"] as const,
  list: () => [...functionKeys.all, "list"] as const,
  teams: () => [...functionKeys.all, "teams"] as const,
  detail: (name: string) => [...functionKeys.all, "detail", name] as const,
  code: (name: string) => [...functionKeys.all, "code", name] as const,
};

export const connectionKeys = {
  status: () => ["connection", "status"] as const,
};

export const typingKeys = {
  awsLambda: () => ["typings", "aws-lambda"] as const,
};
