import { InvalidParameterValueError, ValidationError } from "../errors.js";
import {
  constraint,
  notFound,
  parseFunctionName,
  UNQUALIFIED_ONLY,
  type NameContext,
} from "./arn.js";
import type { ControlContext } from "./context.js";

/** AWS keeps at least this much of the account's concurrency unreserved (facts §1.6). */
export const MIN_UNRESERVED = 100;
/** Account quotas reported by GetAccountSettings (facts §1.7). */
const CODE_SIZE_UNZIPPED = 262_144_000;
const CODE_SIZE_ZIPPED = 52_428_800;
const TOTAL_CODE_SIZE = 80_530_636_800;

/** Put/Get/DeleteFunctionConcurrency and GetAccountSettings. */
export class ConcurrencyService {
  constructor(private readonly ctx: ControlContext) {}

  private fn(region: string, rawName: string) {
    const nc: NameContext = { region, accountId: this.ctx.accountId };
    const { name, qualifier } = parseFunctionName(rawName, nc);
    if (qualifier !== undefined) throw new InvalidParameterValueError(UNQUALIFIED_ONLY);
    const fn = this.ctx.store.getFunction(region, name);
    if (!fn) throw notFound(nc, name, "$LATEST");
    return fn;
  }

  put(region: string, rawName: string, body: Record<string, unknown>): Record<string, unknown> {
    const n = body.ReservedConcurrentExecutions;
    if (n === undefined || n === null) {
      throw ValidationError.of([
        "Value null at 'reservedConcurrentExecutions' failed to satisfy constraint: Member must not be null",
      ]);
    }
    if (!Number.isInteger(n) || (n as number) < 0) {
      throw ValidationError.of([
        constraint(
          n,
          "reservedConcurrentExecutions",
          "Member must have value greater than or equal to 0",
        ),
      ]);
    }
    const reserved = n as number;
    this.ctx.store.tx(() => {
      const fn = this.fn(region, rawName);
      const unreserved =
        this.ctx.accountConcurrency - this.ctx.store.reservedElsewhere(region, fn.name) - reserved;
      if (unreserved < MIN_UNRESERVED) {
        throw new InvalidParameterValueError(
          `Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${MIN_UNRESERVED}].`,
        );
      }
      this.ctx.store.updateFunction({ ...fn, reservedConcurrency: reserved });
      this.ctx.changed(region, fn.name);
    });
    return { ReservedConcurrentExecutions: reserved };
  }

  /** `{}` when nothing is reserved (facts §1.1). */
  get(region: string, rawName: string): Record<string, unknown> {
    const fn = this.fn(region, rawName);
    return fn.reservedConcurrency === null
      ? {}
      : { ReservedConcurrentExecutions: fn.reservedConcurrency };
  }

  delete(region: string, rawName: string): void {
    this.ctx.store.tx(() => {
      const fn = this.fn(region, rawName);
      this.ctx.store.updateFunction({ ...fn, reservedConcurrency: null });
      this.ctx.changed(region, fn.name);
    });
  }

  accountSettings(region: string): Record<string, unknown> {
    const limit = this.ctx.accountConcurrency;
    return {
      AccountLimit: {
        CodeSizeUnzipped: CODE_SIZE_UNZIPPED,
        CodeSizeZipped: CODE_SIZE_ZIPPED,
        ConcurrentExecutions: limit,
        TotalCodeSize: TOTAL_CODE_SIZE,
        UnreservedConcurrentExecutions: limit - this.ctx.store.reservedElsewhere(region, ""),
      },
      AccountUsage: {
        FunctionCount: this.ctx.store.countFunctions(region),
        TotalCodeSize: this.ctx.store.totalCodeSize(region),
      },
    };
  }
}
