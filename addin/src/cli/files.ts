import {
  accessSync,
  chmodSync,
  chownSync,
  closeSync,
  constants,
  existsSync,
  linkSync,
  lstatSync,
  openSync,
  readlinkSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "./args";

/** An I/O failure with a Swedish and an English message: exit code 1. */
export class FileError extends Error {
  override readonly name = "FileError";
  constructor(
    readonly sv: string,
    readonly en: string,
  ) {
    super(`${sv} / ${en}`);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

function code(e: unknown): string | undefined {
  return (e as { code?: string } | null)?.code;
}

/** Why a path cannot be used, from the error Node gave, in words. */
export function fileError(e: unknown, path: string): FileError {
  switch (code(e)) {
    case "ENOENT":
      return new FileError(`Filen ${path} finns inte.`, `The file ${path} does not exist.`);
    case "EACCES":
    case "EPERM":
      return new FileError(
        `Ingen behörighet att läsa eller skriva ${path}.`,
        `No permission to read or write ${path}.`,
      );
    case "EISDIR":
      return new FileError(`${path} är en mapp, inte en fil.`, `${path} is a folder, not a file.`);
    case "ENOSPC":
      return new FileError(
        `Disken är full; ${path} skrevs inte.`,
        `The disk is full; ${path} was not written.`,
      );
    case "EROFS":
      return new FileError(`${path} ligger på en skrivskyddad disk.`, `${path} is on a read-only disk.`);
    default:
      return new FileError(
        `Kunde inte använda ${path}: ${e instanceof Error ? e.message : String(e)}`,
        `Could not use ${path}: ${e instanceof Error ? e.message : String(e)}`,
      );
  }
}

/**
 * Checks that `path` is a readable .xlsx workbook before it is opened: it exists, is a file,
 * is not empty and starts as a zip archive does (every .xlsx is one).
 */
export function checkWorkbookFile(path: string): void {
  let size: number;
  try {
    const s = statSync(path);
    if (s.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    size = s.size;
  } catch (e) {
    if (code(e) === "ENOENT" && !existsSync(dirname(resolve(path)))) {
      throw new FileError(
        `Mappen ${dirname(path)} finns inte (för ${path}).`,
        `The folder ${dirname(path)} does not exist (for ${path}).`,
      );
    }
    throw fileError(e, path);
  }
  if (size === 0) {
    throw new FileError(
      `${path} är tom (0 byte), ingen .xlsx-arbetsbok.`,
      `${path} is empty (0 bytes), not an .xlsx workbook.`,
    );
  }
  const head = Buffer.alloc(8);
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    readSync(fd, head, 0, 8, 0);
  } catch (e) {
    throw fileError(e, path);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (head.equals(OLE2_SIGNATURE)) {
    // an OLE2 compound file: an Excel 97–2003 .xls, or an .xlsx that Excel encrypted with a password
    throw notWorkbook(
      path,
      "en äldre Excel-fil (.xls, Excel 97–2003) eller en lösenordsskyddad arbetsbok",
      "an older Excel file (.xls, Excel 97–2003) or a password-protected workbook",
    );
  }
  if (head[0] !== 0x50 || head[1] !== 0x4b || head[2] !== 0x03 || head[3] !== 0x04) {
    throw notWorkbook(path, "inte en zip-fil", "not a zip file");
  }
}

/** The first bytes of an OLE2 compound file (.xls, .doc, an encrypted .xlsx). */
const OLE2_SIGNATURE = Buffer.from("d0cf11e0a1b11ae1", "hex");

export function notWorkbook(path: string, whySv: string, whyEn: string): FileError {
  return new FileError(
    `${path} är ingen .xlsx-arbetsbok (${whySv}). Spara den som Excel-arbetsbok (.xlsx) och försök igen.`,
    `${path} is not an .xlsx workbook (${whyEn}). Save it as an Excel workbook (.xlsx) and try again.`,
  );
}

/** The real path of a file that may not exist yet: its folder resolved, its name kept. */
function canonical(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    try {
      return join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

/** Whether two paths are one file (a hard link, or another spelling on a case-insensitive disk). */
function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * Checks an output path before any work is done: never the input file (whatever its spelling or
 * link), never an existing file without `overwrite`, and its folder must exist.
 */
export function checkTarget(
  target: string,
  options: {
    input?: string;
    overwrite: boolean;
    command: string;
    /** what has not been done yet when the folder is refused (default: "Inget har beräknats.") */
    notDone?: { sv: string; en: string };
  },
): void {
  if (options.input && (canonical(target) === canonical(options.input) || sameFile(target, options.input))) {
    throw new UsageError(
      `--ut ${target} är indatafilen; välj ett annat namn (indatafilen skrivs aldrig över).`,
      `--out ${target} is the input file; choose another name (the input is never overwritten).`,
      options.command,
    );
  }
  const folder = dirname(resolve(target));
  let folderStat;
  try {
    folderStat = statSync(folder);
  } catch {
    throw new FileError(
      `Mappen ${dirname(target)} finns inte; skapa den först (för --ut ${target}).`,
      `The folder ${dirname(target)} does not exist; create it first (for --out ${target}).`,
    );
  }
  if (!folderStat.isDirectory()) {
    throw new FileError(`${dirname(target)} är ingen mapp.`, `${dirname(target)} is not a folder.`);
  }
  if (danglingLink(target)) {
    // as GNU cp: a link to nothing is not written through, nor silently replaced by a file
    throw new FileError(
      `${target} är en symbolisk länk till något som inte finns (${readlinkSync(target)}); skriver inte genom den. Ta bort länken eller ge ett annat namn.`,
      `${target} is a symbolic link to something that does not exist (${readlinkSync(target)}); not writing through it. Remove the link or give another name.`,
    );
  }
  let exists = false;
  try {
    const s = statSync(target);
    exists = true;
    // a usage error (exit 2) as an existing file is (API.md §12: "an `--ut` that exists"), not a write failure
    if (s.isDirectory()) {
      throw new UsageError(
        `--ut ${target} är en mapp; ge ett filnamn i den, till exempel ${join(target, "budget.xlsx")}.`,
        `--out ${target} is a folder; give a file name in it, for example ${join(target, "budget.xlsx")}.`,
        options.command,
      );
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
  }
  if (exists && !options.overwrite) {
    throw new UsageError(
      `${target} finns redan; ge --skriv-över för att ersätta den.`,
      `${target} already exists; give --overwrite to replace it.`,
      options.command,
    );
  }
  checkWritable(target, exists, options.notDone);
}

/** Whether `path` is a symbolic link whose target does not exist. */
function danglingLink(path: string): boolean {
  try {
    if (!lstatSync(path).isSymbolicLink()) return false;
  } catch {
    return false;
  }
  return !existsSync(path);
}

/**
 * Where the bytes of `target` go: through a symbolic link to the file it points at, as `cp` and
 * shell redirection write (the link stays a link). A link to nothing is refused by {@link checkTarget}.
 */
export function writtenPath(target: string): string {
  try {
    if (lstatSync(target).isSymbolicLink()) return realpathSync(target);
  } catch {
    // not there yet, or a link to nothing
  }
  return target;
}

/**
 * Finds before any work that the copy could not be written: a file is created and removed in the
 * folder the copy goes to (the only test that holds for every file system and user, root included),
 * and an existing file to replace must be writable, as `cp` requires.
 */
function checkWritable(
  target: string,
  exists: boolean,
  notDone = { sv: "Inget har beräknats.", en: "Nothing was computed." },
): void {
  const dest = writtenPath(target);
  const folder = dirname(resolve(dest));
  const probe = join(folder, `.${basename(dest)}.${process.pid}.probe`);
  try {
    closeSync(openSync(probe, "wx"));
  } catch (e) {
    // the folder is there (checked above): ENOENT means it takes no new files (/proc, say)
    const why =
      code(e) === "ENOENT"
        ? new FileError("Mappen tar inte emot nya filer.", "The folder does not accept new files.")
        : fileError(e, folder);
    throw new FileError(
      `Kan inte skriva i mappen ${dirname(dest)} (för --ut ${target}): ${why.sv} ${notDone.sv}`,
      `Cannot write in the folder ${dirname(dest)} (for --out ${target}): ${why.en} ${notDone.en}`,
    );
  }
  try {
    unlinkSync(probe);
  } catch {
    // created a moment ago; if it cannot go, the write will say why
  }
  if (!exists) return;
  try {
    accessSync(dest, constants.W_OK);
  } catch (e) {
    throw fileError(e, target);
  }
}

/** The temporary files being written now; removed on Ctrl-C or a failed exit. */
const pending = new Set<string>();

/** Removes every temporary file still being written (on an interrupt or a fatal error). */
export function removeTemporaryFiles(): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      // already renamed or gone
    }
  }
  pending.clear();
}

/** The exit code of a process ended by a signal, as the shell reports it (128 + its number). */
export const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

/** Ctrl-C (SIGINT) or SIGTERM while writing: no temporary file stays, then exit 130 / 143. */
function onInterrupt(signal: NodeJS.Signals): void {
  removeTemporaryFiles();
  process.stderr.write(
    `Avbrutet (${signal}); ingen halvskriven fil finns kvar.\nInterrupted (${signal}); no half-written file is left.\n`,
  );
  process.exit(SIGNAL_EXIT[signal] ?? 1);
}

/**
 * Writes a file safely: to a temporary file in the same folder, then renamed over the target in
 * one step, so a failure leaves the target as it was and no half-written file. Without
 * `overwrite` the final step is a hard link, which fails if the target appeared meanwhile.
 */
export async function writeSafely(
  target: string,
  write: (tmp: string) => Promise<void> | void,
  options: { input?: string; overwrite: boolean; command: string },
): Promise<void> {
  checkTarget(target, options);
  const dest = writtenPath(target);
  const tmp = join(dirname(resolve(dest)), `.${basename(dest)}.${process.pid}.${Date.now()}.tmp`);
  // a replaced file keeps its mode and owner, as with `cp`: a private file stays private
  let before: { mode: number; uid: number; gid: number } | undefined;
  try {
    const s = statSync(dest);
    before = { mode: s.mode & 0o7777, uid: s.uid, gid: s.gid };
  } catch {
    // a new file: the mode the user's umask gives
  }
  pending.add(tmp);
  // only while writing: Ctrl-C during the computation ends the process at once, as it always has
  process.on("SIGINT", onInterrupt);
  process.on("SIGTERM", onInterrupt);
  try {
    await write(tmp);
    if (before) {
      chmodSync(tmp, before.mode);
      try {
        chownSync(tmp, before.uid, before.gid);
      } catch {
        // only root may give a file away; the owner is then the user who replaced it
      }
    }
    if (options.overwrite) renameSync(tmp, dest);
    else {
      try {
        linkSync(tmp, dest);
      } catch (e) {
        if (code(e) === "EEXIST") {
          throw new UsageError(
            `${target} finns redan; ge --skriv-över för att ersätta den.`,
            `${target} already exists; give --overwrite to replace it.`,
            options.command,
          );
        }
        // a file system without hard links: the check above is the guard
        if (code(e) === "EPERM" || code(e) === "ENOTSUP" || code(e) === "EXDEV") renameSync(tmp, dest);
        else throw e;
      }
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof FileError) throw e;
    throw fileError(e, target);
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      // renamed, or never written
    }
    pending.delete(tmp);
    process.off("SIGINT", onInterrupt);
    process.off("SIGTERM", onInterrupt);
  }
}

/**
 * Checks the Kolada cache folder before it is used: a file where the folder (or one of the
 * folders above it) should be is a usage error for `--cache` (exit 2) and an I/O error for
 * `KOMMUNKALKYL_CACHE` (exit 1), said in words instead of Node's EEXIST or ENOTDIR. A folder that
 * does not exist yet is fine: fetching creates it, and an empty cache is what it then holds.
 */
export function checkCacheFolder(dir: string, fromOption: boolean, command: string): void {
  let path = resolve(dir);
  for (;;) {
    let isFolder: boolean | undefined;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (e) {
      // ENOTDIR: a file above it, which the next step up finds
      if (code(e) !== "ENOENT" && code(e) !== "ENOTDIR") throw fileError(e, dir);
    }
    if (isFolder === true) return;
    if (isFolder === false) {
      if (fromOption) {
        throw new UsageError(
          `--cache ${dir}: ${path} är en fil, inte en mapp; ge en mapp för cachen.`,
          `--cache ${dir}: ${path} is a file, not a folder; give a folder for the cache.`,
          command,
        );
      }
      throw new FileError(
        `KOMMUNKALKYL_CACHE=${dir}: ${path} är en fil, inte en mapp; ge en mapp för cachen.`,
        `KOMMUNKALKYL_CACHE=${dir}: ${path} is a file, not a folder; give a folder for the cache.`,
      );
    }
    const up = dirname(path);
    if (up === path) return;
    path = up;
  }
}
