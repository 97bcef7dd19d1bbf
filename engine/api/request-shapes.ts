import type { Shape } from "../http/shape.js";

// The request members of each operation with a JSON body, from the Lambda API model: what AWS's
// front end deserializes before the service sees anything (checked by http/shape.ts).

const strings: Shape = { list: "string" };
const stringMap: Shape = { map: "string" };

const VpcConfig: Shape = {
  struct: { SubnetIds: strings, SecurityGroupIds: strings, Ipv6AllowedForDualStack: "boolean" },
};
const Environment: Shape = { struct: { Variables: stringMap } };
const FileSystemConfigs: Shape = {
  list: { struct: { Arn: "string", LocalMountPath: "string" } },
};
const ImageConfig: Shape = {
  struct: { EntryPoint: strings, Command: strings, WorkingDirectory: "string" },
};
const LoggingConfig: Shape = {
  struct: {
    LogFormat: "string",
    ApplicationLogLevel: "string",
    SystemLogLevel: "string",
    LogGroup: "string",
  },
};

/** Members CreateFunction and UpdateFunctionConfiguration share. */
const configuration: Record<string, Shape> = {
  Role: "string",
  Handler: "string",
  Description: "string",
  Timeout: "integer",
  MemorySize: "integer",
  VpcConfig,
  Environment,
  Runtime: "string",
  DeadLetterConfig: { struct: { TargetArn: "string" } },
  KMSKeyArn: "string",
  TracingConfig: { struct: { Mode: "string" } },
  Layers: strings,
  FileSystemConfigs,
  ImageConfig,
  EphemeralStorage: { struct: { Size: "integer" } },
  SnapStart: { struct: { ApplyOn: "string" } },
  LoggingConfig,
};

export const CreateFunction: Record<string, Shape> = {
  ...configuration,
  FunctionName: "string",
  Code: {
    struct: {
      ZipFile: "blob",
      S3Bucket: "string",
      S3Key: "string",
      S3ObjectVersion: "string",
      ImageUri: "string",
      SourceKMSKeyArn: "string",
    },
  },
  Publish: "boolean",
  PackageType: "string",
  Tags: stringMap,
  CodeSigningConfigArn: "string",
  Architectures: strings,
};

export const UpdateFunctionConfiguration: Record<string, Shape> = {
  ...configuration,
  RevisionId: "string",
};

export const UpdateFunctionCode: Record<string, Shape> = {
  ZipFile: "blob",
  S3Bucket: "string",
  S3Key: "string",
  S3ObjectVersion: "string",
  ImageUri: "string",
  Publish: "boolean",
  DryRun: "boolean",
  RevisionId: "string",
  Architectures: strings,
  SourceKMSKeyArn: "string",
};

export const PublishVersion: Record<string, Shape> = {
  CodeSha256: "string",
  Description: "string",
  RevisionId: "string",
};

const RoutingConfig: Shape = { struct: { AdditionalVersionWeights: { map: "number" } } };

export const CreateAlias: Record<string, Shape> = {
  Name: "string",
  FunctionVersion: "string",
  Description: "string",
  RoutingConfig,
};

export const UpdateAlias: Record<string, Shape> = {
  FunctionVersion: "string",
  Description: "string",
  RoutingConfig,
  RevisionId: "string",
};

export const TagResource: Record<string, Shape> = { Tags: stringMap };

export const PutFunctionConcurrency: Record<string, Shape> = {
  ReservedConcurrentExecutions: "integer",
};

export const AddPermission: Record<string, Shape> = {
  StatementId: "string",
  Action: "string",
  Principal: "string",
  SourceArn: "string",
  SourceAccount: "string",
  EventSourceToken: "string",
  RevisionId: "string",
  PrincipalOrgID: "string",
  FunctionUrlAuthType: "string",
  InvokedViaFunctionUrl: "boolean",
};
