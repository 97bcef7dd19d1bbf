import { z } from "zod";

/** A .zip the user uploaded, as base64. 50 MB zipped is Lambda's direct-upload limit. */
export const zipBase64Schema = z
  .string()
  .min(1, "Choose a .zip file.")
  // base64 is 4/3 of the bytes.
  .max(Math.ceil((52_428_800 * 4) / 3) + 4, "The zip must be smaller than 50 MB.");
