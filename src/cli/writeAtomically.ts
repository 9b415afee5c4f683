/**
 * Writes a file so that it is either complete or absent: the bytes go to a temporary file in the target's folder,
 * are flushed, then renamed over the target. A failed write (a full disk) removes the temporary file and leaves
 * any earlier file as it was.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { fail, ok, type Result } from "../engine/core/result";

export interface FileSystem {
  openSync: typeof openSync;
  writeSync: (fd: number, data: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof fsyncSync;
  closeSync: typeof closeSync;
  renameSync: typeof renameSync;
  rmSync: typeof rmSync;
}

const NODE_FS: FileSystem = { openSync, writeSync: (fd, data, offset, length) => writeSync(fd, data, offset, length), fsyncSync, closeSync, renameSync, rmSync };

/** `bytes` may come in pieces (a package's parts, views into the input): written in turn, never joined in memory. */
export function writeAtomically(target: string, bytes: Uint8Array | readonly Uint8Array[], fs: FileSystem = NODE_FS): Result<string> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temporary, "wx");
    for (const piece of bytes instanceof Uint8Array ? [bytes] : bytes) {
      for (let offset = 0; offset < piece.length; ) offset += fs.writeSync(fd, piece, offset, piece.length - offset);
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temporary, target);
    return ok(target);
  } catch (error) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // The descriptor is already unusable; the temporary file is removed below either way.
      }
    }
    fs.rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOSPC" ? "the disk is full" : code === "EACCES" || code === "EPERM" ? "permission was refused" : error instanceof Error ? error.message : String(error);
    return fail("value", `Nothing was written to ${target}: ${reason}.`);
  }
}
