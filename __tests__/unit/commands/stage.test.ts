import { describe, expect, test } from '@jest/globals';
import { recordedEndpoint, stageOn, stageText } from '../../../src/commands/stage.js';

const deployed = (endpoint: string, stage = 'production') => ({ Stage: stage, StageStatus: 'Deployed', StageDescription: `Serving on ${endpoint}` });

describe('recordedEndpoint', () => {
  test('a Deployed record names its endpoint; other records and descriptions name none', () => {
    expect(recordedEndpoint(deployed('fraud-prod'))).toBe('fraud-prod');
    expect(recordedEndpoint({ ...deployed('fraud-prod'), StageStatus: 'Approved' })).toBeUndefined();
    expect(recordedEndpoint({ ...deployed('fraud-prod'), StageDescription: 'Serving on fraud-prod and more' })).toBeUndefined();
    expect(recordedEndpoint({ ...deployed('fraud-prod'), StageDescription: 'Approved by @x' })).toBeUndefined();
    expect(recordedEndpoint(undefined)).toBeUndefined();
  });
});

describe('stageOn', () => {
  test('the stage a version holds on this endpoint only', () => {
    expect(stageOn({ ModelLifeCycle: deployed('fraud-prod') } as never, 'fraud-prod')).toBe('production');
    expect(stageOn({ ModelLifeCycle: deployed('fraud-prod') } as never, 'fraud-staging')).toBeUndefined();
    expect(stageOn({ ModelLifeCycle: { ...deployed('fraud-prod'), StageStatus: 'RolledBack' } } as never, 'fraud-prod')).toBeUndefined();
    expect(stageOn(undefined, 'fraud-prod')).toBeUndefined();
  });
});

describe('stageText', () => {
  const seen = new Set(['fraud-prod', 'fraud-staging']);
  test('as recorded while the named endpoint serves the version, or is not seen at all', () => {
    expect(stageText(deployed('fraud-prod'), ['fraud-prod'], seen)).toBe('production (Deployed)');
    expect(stageText(deployed('eu-prod'), [], seen)).toBe('production (Deployed)');
    expect(stageText({ Stage: 'production', StageStatus: 'Approved', StageDescription: 'x' }, [], seen)).toBe('production (Approved)');
    expect(stageText({ Stage: 'production', StageStatus: 'RolledBack' }, [], seen)).toBe('production (RolledBack)');
    expect(stageText(undefined, ['fraud-prod'], seen)).toBe('');
  });

  test('replaced when the named endpoint is seen serving other versions and not this one', () => {
    expect(stageText(deployed('fraud-prod'), [], seen)).toBe('production (replaced on fraud-prod)');
    expect(stageText(deployed('fraud-prod'), ['fraud-staging'], seen)).toBe('production (replaced on fraud-prod)');
  });
});
