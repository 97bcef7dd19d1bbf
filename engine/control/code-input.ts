import { InvalidParameterValueError, RequestEntityTooLargeError } from "../errors.js";

/** Lambda's zipped package quota for direct uploads (facts §1.2). */
export const MAX_ZIPPED_BYTES = 52_428_800;

/**
 * Turns the `Code` member (Create) or the top-level code members (UpdateFunctionCode) into zip
 * bytes. Only `ZipFile` uploads exist here: there is no S3 to fetch from, so S3 locations fail
 * the way AWS fails for a bucket it cannot read.
 */
export function zipFromInput(code: Record<string, unknown> | undefined): Buffer {
  const zipFile = code?.ZipFile;
  if (typeof zipFile === "string") {
    const zip = Buffer.from(zipFile, "base64");
    if (zip.length > MAX_ZIPPED_BYTES) {
      throw new RequestEntityTooLargeError(
        `Zipped size must be smaller than ${MAX_ZIPPED_BYTES} bytes`,
      );
    }
    return zip;
  }
  if (code?.S3Bucket !== undefined) {
    throw new InvalidParameterValueError(
      "Error occurred while GetObject. S3 Error Code: NoSuchBucket. S3 Error Message: The specified bucket does not exist",
    );
  }
  if (code?.ImageUri !== undefined) {
    throw new InvalidParameterValueError(
      "Container images are not supported by this engine; use a .zip file archive.",
    );
  }
  throw new InvalidParameterValueError("Please provide a source for function code.");
}
