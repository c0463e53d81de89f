import { describe, expect, test } from '@jest/globals';
import { parseStatistics } from '../../../src/metrics/statistics.js';

const parse = (doc: unknown) => parseStatistics(typeof doc === 'string' ? doc : JSON.stringify(doc), 'model-quality-statistics', 'eval/statistics.json');

describe('parseStatistics', () => {
  test('binary classification as Model Monitor writes it: "NaN" deviations, the confusion matrix skipped', () => {
    const m = parse({
      version: 0.0,
      dataset: { item_count: 150 },
      binary_classification_metrics: {
        confusion_matrix: { '0': { '0': 1, '1': 2 }, '1': { '0': 0, '1': 3 } },
        recall: { value: 1.0, standard_deviation: 'NaN' },
        auc: { value: 0.912, standard_deviation: 0.004 },
        f1: { value: 0.8 }
      }
    });
    expect(m).toEqual({ recall: { value: 1 }, auc: { value: 0.912, standardDeviation: 0.004 }, f1: { value: 0.8 } });
  });

  test('regression and multiclass sections are read too; "nan" in any case', () => {
    expect(parse({ regression_metrics: { rmse: { value: 2.5, standard_deviation: 'nan' }, r2: { value: 0.7, standard_deviation: 0.01 } } })).toEqual({ rmse: { value: 2.5 }, r2: { value: 0.7, standardDeviation: 0.01 } });
    expect(parse({ multiclass_classification_metrics: { accuracy: { value: 0.9, standard_deviation: 0 } } })).toEqual({ accuracy: { value: 0.9, standardDeviation: 0 } });
  });

  test.each([
    ['not JSON', '{', /not JSON/],
    ['an array', '[]', /must be a JSON object/],
    ['no known section', { metrics: {} }, /has none of binary_classification_metrics, multiclass_classification_metrics, regression_metrics/],
    ['a section that is not an object', { regression_metrics: [1] }, /key regression_metrics: must be an object of metrics/],
    ['a value that is a string', { regression_metrics: { rmse: { value: '2.5' } } }, /key regression_metrics\.rmse\.value: must be a finite number/],
    ['a metric that is a number', { regression_metrics: { rmse: 2.5 } }, /key regression_metrics\.rmse\.value: must be a finite number/],
    ['a deviation that is a word', { regression_metrics: { rmse: { value: 2, standard_deviation: 'high' } } }, /key regression_metrics\.rmse\.standard_deviation: must be a number or "NaN"/],
    ['a duplicated name', { regression_metrics: { mse: { value: 1 } }, binary_classification_metrics: { mse: { value: 2 } } }, /key regression_metrics\.mse: appears in two sections/],
    ['a name with capitals', { regression_metrics: { RMSE: { value: 1 } } }, /key regression_metrics\.RMSE: metric names are lower-case/],
    ['no metric at all', { regression_metrics: { confusion_matrix: {} } }, /key regression_metrics: holds no metric with a value/]
  ])('%s is refused naming the input, file and key', (_, doc, rule) => {
    expect(() => parse(doc)).toThrow(rule);
    expect(() => parse(doc)).toThrow(/^Input 'model-quality-statistics': "eval\/statistics\.json" is not a model-quality statistics file/);
  });
});
