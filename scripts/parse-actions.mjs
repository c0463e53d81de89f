#!/usr/bin/env node
// Validates action.yml files with GitHub's own parser (@actions/workflow-parser parseAction).
// Run through tsx (the package imports JSON without an import attribute, which plain Node refuses):
//   npx tsx scripts/parse-actions.mjs action.yml promote/action.yml …   → JSON {file: [errors]} on stdout; exit 1 on errors.
import { readFileSync } from 'node:fs';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';

const result = {};
for (const file of process.argv.slice(2)) {
  const parsed = parseAction({ name: file, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
  result[file] = parsed.value ? parsed.context.errors.getErrors().map((e) => e.message) : ['no document', ...parsed.context.errors.getErrors().map((e) => e.message)];
}
process.stdout.write(`${JSON.stringify(result)}\n`);
if (Object.values(result).some((errors) => errors.length)) process.exit(1);
