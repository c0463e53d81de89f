/**
 * The deploy settings as the run sees them: an input the workflow gives wins, else the deployment file's value,
 * else '' (the reader's default). Inputs that a file may hold have no default in action.yml, so a non-empty
 * input is one the workflow set. An InputError about a value that came from the file is re-raised naming the
 * file, the line and the key.
 */
import { DeploymentFileError, InputError, quote } from '../errors.js';
import { DEPLOY_SETTINGS } from './deploy-settings.js';
import type { DeploymentFile } from './deployment-file.js';
import type { InputReader } from './readers.js';

export type Source = 'file' | 'workflow' | 'workflow over file';

export interface Layered {
  read: InputReader;
  file: DeploymentFile;
}

/** What the log and the job summary say about the file: where each setting came from. */
export interface SettingsNote {
  file: string;
  lines: string[];
  /** Rollback uses the file as it is now: the stage's settings, not those of the version's deployment. */
  rollback: boolean;
}

export interface LayeredInputs {
  read: InputReader;
  /** Runs a reader, re-raising an InputError about a file's value with the file, line and key. */
  guard: <T>(fn: () => T) => T;
  note?: SettingsNote;
}

/**
 * The inputs of a command: the workflow's, over the deployment file's when `deployment-file` is set. The parser
 * and the validator (yaml, ajv) are loaded only then.
 */
export async function layeredInputs(workflow: InputReader, workspace: string | undefined, command: string): Promise<LayeredInputs> {
  if (!workflow('deployment-file')) return { read: workflow, guard: (fn) => fn() };
  const { readDeploymentFile } = await import('./deployment-file.js');
  const layered = withDeploymentFile(workflow, readDeploymentFile(workflow('deployment-file'), workspace));
  const guard = <T>(fn: () => T): T => naming(layered, workflow, fn);
  const note = { file: layered.file.path, lines: sourceLines(sources(layered, workflow)), rollback: command === 'rollback' };
  return { read: layered.read, guard, note };
}

/** The layered reader: the workflow's input when set, else the file's value, else ''. */
export function withDeploymentFile(workflow: InputReader, file: DeploymentFile): Layered {
  return { file, read: (name) => workflow(name) || file.settings.get(name)?.text || '' };
}

/** Runs `fn` (which reads inputs through the layered reader), re-raising an InputError on a file's value with its place. */
export function naming<T>(layered: Layered, workflow: InputReader, fn: () => T): T {
  const placed = (err: unknown): unknown => {
    const at = err instanceof InputError && !workflow(err.input) ? layered.file.settings.get(err.input) : undefined;
    return at && err instanceof InputError ? new DeploymentFileError(layered.file.path, at.line, err.input, `${quote(err.value)} ${err.rule}`) : err;
  };
  try {
    const out = fn();
    return out instanceof Promise ? (out.catch((err: unknown) => Promise.reject(placed(err))) as T) : out;
  } catch (err) {
    throw placed(err);
  }
}

/** Where each deploy setting the run was given came from (keys in action.yml order). */
export function sources(layered: Layered, workflow: InputReader): [string, Source][] {
  const out: [string, Source][] = [];
  for (const key of Object.keys(DEPLOY_SETTINGS)) {
    const inFile = layered.file.settings.has(key);
    if (workflow(key)) out.push([key, inFile ? 'workflow over file' : 'workflow']);
    else if (inFile) out.push([key, 'file']);
  }
  return out;
}

/** One line per source, for the log and (made inert by the caller) the job summary. */
export function sourceLines(list: [string, Source][]): string[] {
  const of = (s: Source) => list.filter(([, src]) => src === s).map(([k]) => k);
  const lines: string[] = [];
  if (of('file').length) lines.push(`from the file: ${of('file').join(', ')}`);
  if (of('workflow over file').length) lines.push(`workflow inputs over the file: ${of('workflow over file').join(', ')}`);
  if (of('workflow').length) lines.push(`workflow inputs: ${of('workflow').join(', ')}`);
  return lines;
}
