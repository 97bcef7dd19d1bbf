import "server-only";
import { UpdateFunctionCodeCommand } from "@aws-sdk/client-lambda";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { lambdaClient } from "@/lib/aws/clients";

export type CodeUpdated = { revisionId: string; codeSha256: string; lastUpdateStatus: string };

/**
 * UpdateFunctionCode guarded by the RevisionId the editor loaded: a deploy by someone else in
 * between is a `conflict` result (AWS's 412), never an overwrite.
 */
export async function updateFunctionCode(
  name: string,
  zip: Uint8Array,
  revisionId: string,
  conflictMessage: string,
): Promise<ActionResult<CodeUpdated>> {
  try {
    const out = await lambdaClient().send(
      new UpdateFunctionCodeCommand({ FunctionName: name, ZipFile: zip, RevisionId: revisionId }),
    );
    return ok({
      revisionId: out.RevisionId ?? "",
      codeSha256: out.CodeSha256 ?? "",
      lastUpdateStatus: out.LastUpdateStatus ?? "Successful",
    });
  } catch (error) {
    if ((error as { name?: string }).name === "PreconditionFailedException") {
      return fail({ code: "conflict", message: conflictMessage });
    }
    throw error;
  }
}
