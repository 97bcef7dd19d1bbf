import type { CodeFile } from "@/lib/functions/types";
import { formatBytes } from "@/lib/format-bytes";
import { cn } from "@/lib/utils";

/** Lambda's package limits: a .zip uploaded directly, and everything unpacked (facts §1.2). */
const ZIPPED_LIMIT = 50 * 1024 * 1024;
const UNZIPPED_LIMIT = 250 * 1024 * 1024;

/**
 * How big the deployed package is, against Lambda's limits: the distance to them is what users
 * most often find out too late (the AWS console turns its editor off past a size).
 */
export function PackageSize({ zipped, files }: { zipped?: number; files: CodeFile[] }) {
  const unzipped = files.reduce((sum, f) => sum + f.size, 0);
  const share = Math.max((zipped ?? 0) / ZIPPED_LIMIT, unzipped / UNZIPPED_LIMIT);
  return (
    <span
      className={cn(
        "text-muted-foreground text-xs tabular-nums",
        share > 0.8 && "text-warning font-medium",
      )}
      title={`Deployed package. Lambda takes up to ${formatBytes(ZIPPED_LIMIT)} zipped (direct upload) and ${formatBytes(UNZIPPED_LIMIT)} unzipped.`}
    >
      {zipped !== undefined && <>{formatBytes(zipped)} zipped · </>}
      {formatBytes(unzipped)} unzipped
    </span>
  );
}
