import { readPackage } from "./package";

/** A .zip sent from the browser as base64: its bytes, or the message to show next to the field. */
export function uploadedZip(zipBase64: string): Buffer | string {
  const zip = Buffer.from(zipBase64, "base64");
  try {
    if (readPackage(zip).length === 0) return "The zip is empty.";
  } catch {
    return "Could not unzip the uploaded file. Please check the file, then try again.";
  }
  return zip;
}
