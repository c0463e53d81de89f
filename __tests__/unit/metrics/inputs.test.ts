import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { readMetricsConfig, sha256 } from '../../../src/metrics/inputs.js';
import { readPromoteGate } from '../../../src/metrics/promote-gate.js';
import { uploadUri } from '../../../src/metrics/store.js';

const ws = mkdtempSync(join(tmpdir(), 'metrics-inputs-'));
afterAll(() => rmSync(ws, { recursive: true, force: true }));
const STATS = JSON.stringify({ binary_classification_metrics: { auc: { value: 0.9, standard_deviation: 'NaN' }, recall: { value: 0.8, standard_deviation: 0.01 } } });
writeFileSync(join(ws, 'stats.json'), STATS);
writeFileSync(join(ws, 'bad.json'), JSON.stringify({ regression_metrics: { rmse: { value: 'x' } } }));
writeFileSync(join(ws, 'constraints.json'), '[1]');

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
const read = (inputs: Record<string, string>) => readMetricsConfig(reader(inputs), ws);
const base = { 'model-quality-statistics': 'stats.json', 'metrics-s3-prefix': 's3://ml-metrics/fraud/' };

describe('readMetricsConfig', () => {
  test('nothing asked: undefined; a workspace file is read, parsed and checked against the rules', () => {
    expect(read({})).toBeUndefined();
    const c = read({ ...base, 'metrics-gate': 'auc >= baseline - 0.005', 'on-gate-failure': 'reject' })!;
    expect(c.metrics).toEqual({ auc: { value: 0.9 }, recall: { value: 0.8, standardDeviation: 0.01 } });
    expect(c).toMatchObject({ prefix: 's3://ml-metrics/fraud', onGateFailure: 'reject', gate: { baseline: { kind: 'approved' }, onNoBaseline: 'pass-with-note' } });
    expect(c.statistics.body!.toString()).toBe(STATS);
  });

  test('an s3:// object is left to the run (read there); it needs no prefix', () => {
    const c = read({ 'model-quality-statistics': 's3://ml-metrics/eval/statistics.json', 'metrics-gate': 'anything >= 1' })!;
    expect(c.statistics).toEqual({ input: 'model-quality-statistics', given: 's3://ml-metrics/eval/statistics.json' });
    expect(c.metrics).toBeUndefined();
  });

  test.each([
    [{ ...base, 'metrics-gate': 'accuracy >= 0.9' }, `Input 'metrics-gate': "accuracy >= 0.9" names metric accuracy, which the statistics file does not hold (it holds auc, recall)`],
    [{ ...base, 'metrics-gate': 'auc => 0.9' }, `Input 'metrics-gate': "auc => 0.9" (rule 1) must be`],
    [{ ...base, 'model-quality-statistics': 'bad.json' }, `Input 'model-quality-statistics': "bad.json" is not a model-quality statistics file: key regression_metrics.rmse.value: must be a finite number`],
    [{ ...base, 'model-quality-statistics': '../stats.json' }, `must not contain a '..' segment`],
    [{ ...base, 'model-quality-statistics': 'missing.json' }, 'does not exist in the workspace'],
    [{ 'model-quality-statistics': 'stats.json' }, `Input 'metrics-s3-prefix': "" is required to upload model-quality-statistics (stats.json)`],
    [{ ...base, 'metrics-s3-prefix': 's3://Bad_Bucket/x' }, `Input 'metrics-s3-prefix'`],
    [{ 'model-quality-statistics': 's3://ml-metrics' }, 'must name an object: s3://bucket/key'],
    [{ 'metrics-gate': 'auc >= 0.9' }, `Input 'metrics-gate': "auc >= 0.9" needs model-quality-statistics`],
    [{ ...base, 'model-quality-constraints': 'constraints.json' }, `Input 'model-quality-constraints': "constraints.json" must be a JSON object`],
    [{ ...base, 'metrics-gate': 'auc >= 0.9', 'gate-baseline': 'latest' }, `Input 'gate-baseline': "latest" must be approved, serving:<endpoint-name> or a version number`],
    [{ ...base, 'on-gate-failure': 'warn' }, `Input 'on-gate-failure': "warn" must be one of: comment, fail, reject`]
  ])('%j is refused: %s', (inputs, message) => {
    expect(() => read(inputs)).toThrow(message);
  });

  test('gate-baseline forms', () => {
    const gate = (v: string) => read({ ...base, 'metrics-gate': 'auc >= baseline', 'gate-baseline': v })!.gate!.baseline;
    expect(gate('serving:fraud-prod')).toEqual({ kind: 'serving', endpoint: 'fraud-prod' });
    expect(gate('7')).toEqual({ kind: 'version', version: 7 });
    expect(gate('approved')).toEqual({ kind: 'approved' });
  });
});

test('uploads land under the content digest', () => {
  const digest = sha256(Buffer.from(STATS));
  expect(digest).toBe(`sha256:${createHash('sha256').update(STATS).digest('hex')}`);
  expect(uploadUri('s3://b/p', 'statistics', digest)).toBe(`s3://b/p/statistics-${digest.slice(7)}.json`);
});

test('promote: override-gate needs metrics-gate and is one line', () => {
  expect(readPromoteGate(reader({}))).toBeUndefined();
  expect(() => readPromoteGate(reader({ 'override-gate': 'ship it' }))).toThrow(`Input 'override-gate': "ship it" needs metrics-gate`);
  expect(() => readPromoteGate(reader({ 'metrics-gate': 'auc >= 0.9', 'override-gate': 'a\nb' }))).toThrow('must be one line');
  expect(readPromoteGate(reader({ 'metrics-gate': 'auc >= 0.9', 'override-gate': 'known label noise' }))).toMatchObject({ override: 'known label noise', rules: [{ metric: 'auc' }] });
});
