/**
 * Files named by inputs are read only from inside the workspace. The file may come from a pull request's
 * checkout, so its path is not trusted: a symbolic link to /proc/self/environ, or `../` out of the checkout,
 * would send the job's environment (its tokens) wherever the file goes. So a path must be relative, have no
 * `..` segment, go through no symbolic link (each component is checked with lstat, and the file is opened with
 * O_NOFOLLOW and compared with what lstat saw), resolve to a real path inside the workspace's real path, and
 * name a regular file within a size bound. Every refusal is one InputError naming the input, the value and the rule.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { join, posix, relative, sep, win32 } from 'node:path';
import { InputError } from '../errors.js';

export interface WorkspaceFileOptions {
  /** The root the path is confined to; undefined: GITHUB_WORKSPACE, else the working directory. */
  workspace?: string | undefined;
  /** The largest file accepted, in bytes. */
  maxBytes: number;
  /** Why the bound exists, for the error ("the InvokeEndpoint limit"). */
  limit?: string;
}

/** The workspace a relative path resolves against: GITHUB_WORKSPACE, else the working directory. */
export function workspaceRoot(workspace: string | undefined = process.env.GITHUB_WORKSPACE): string {
  return workspace || process.cwd();
}

/** The segments of a relative path; absolute paths and `..` segments are refused (POSIX and Windows forms). */
export function relativeSegments(input: string, value: string): string[] {
  if (value.includes('\0')) throw new InputError(input, value, 'must be a file path (it contains a NUL character)');
  // On Windows `C:x` is relative to drive C's current directory, and `x:y` names a stream of file x.
  if (posix.isAbsolute(value) || win32.isAbsolute(value) || (process.platform === 'win32' && value.includes(':'))) {
    throw new InputError(input, value, 'must be a path relative to the workspace (GITHUB_WORKSPACE), not an absolute path');
  }
  const segments = value.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) throw new InputError(input, value, "must not contain a '..' segment: the file has to be inside the workspace");
  return segments;
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (err) {
    if (['ENOENT', 'ENOTDIR'].includes((err as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw err;
  }
}

/** Walks the path from the workspace's real path, one lstat per component: undefined when a component is missing. */
function walk(input: string, value: string, root: string, segments: string[]): { path: string; stats: Stats } | undefined {
  let path = root;
  let stats: Stats | undefined;
  for (const [i, segment] of segments.entries()) {
    path = join(path, segment);
    stats = lstatOrUndefined(path);
    if (!stats) return undefined;
    if (stats.isSymbolicLink()) {
      const link = segments.slice(0, i + 1).join('/');
      throw new InputError(input, value, `must not go through a symbolic link ('${link}' is one): the file has to be inside the workspace`);
    }
  }
  return stats ? { path, stats } : undefined;
}

/** The bytes of an open regular file, refusing more than maxBytes (the file may grow after fstat). */
function readBounded(fd: number, input: string, value: string, o: WorkspaceFileOptions): Buffer {
  const mb = o.maxBytes / (1024 * 1024);
  const bound = Number.isInteger(mb) ? `${mb} MB` : `${o.maxBytes} bytes`;
  const tooBig = () => new InputError(input, value, `is a file over ${bound}${o.limit ? `, ${o.limit}` : ''}`);
  if (fstatSync(fd).size > o.maxBytes) throw tooBig();
  const buffer = Buffer.alloc(o.maxBytes + 1);
  let length = 0;
  for (let n = -1; n !== 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
  if (length > o.maxBytes) throw tooBig();
  return buffer.subarray(0, length);
}

/**
 * The content of the workspace file `value` names, or undefined when nothing exists at that path (a caller may
 * then read the value as inline text). Anything that exists but breaks a rule is an InputError.
 */
export function readWorkspaceFileIfExists(input: string, value: string, o: WorkspaceFileOptions): Buffer | undefined {
  const segments = relativeSegments(input, value);
  if (!segments.length) throw new InputError(input, value, 'must name a regular file in the workspace');
  let root: string;
  try {
    root = realpathSync(workspaceRoot(o.workspace));
  } catch {
    return undefined;
  }
  const found = walk(input, value, root, segments);
  if (!found) return undefined;
  if (!found.stats.isFile()) throw new InputError(input, value, 'must name a regular file in the workspace');
  const real = realpathSync(found.path);
  const inside = relative(root, real);
  if (real !== found.path || inside === '' || inside.startsWith(`..${sep}`) || inside === '..') {
    throw new InputError(input, value, 'resolves outside the workspace');
  }
  const fd = openSync(found.path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile() || opened.ino !== found.stats.ino || opened.dev !== found.stats.dev) {
      throw new InputError(input, value, 'changed while it was read (it must be a regular file in the workspace)');
    }
    return readBounded(fd, input, value, o);
  } finally {
    closeSync(fd);
  }
}

/** The content of the workspace file `value` names; a missing file is an InputError too. */
export function readWorkspaceFile(input: string, value: string, o: WorkspaceFileOptions): Buffer {
  const content = readWorkspaceFileIfExists(input, value, o);
  if (!content) throw new InputError(input, value, `does not exist in the workspace (${workspaceRoot(o.workspace)})`);
  return content;
}
