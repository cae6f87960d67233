/**
 * The word segmenter is made when the first phrase is split, once per process: the first Intl object of a
 * process costs 10–20 ms, which a sheet that never compares two indicators should not pay.
 */
import type * as Targets from '../../../src/core/targets';
import { reportOf, seed000Report } from './reportFixtures';

const HostSegmenter = Intl.Segmenter;
let segmentersMade = 0;

class CountedSegmenter extends HostSegmenter {
  constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
    super(...args);
    segmentersMade += 1;
  }
}

/** The targets module as a fresh process loads it: no segmenter made yet. */
function freshTargets(): typeof Targets {
  let loaded: typeof Targets | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual<typeof Targets>('../../../src/core/targets');
  });
  if (!loaded) throw new Error('the targets module did not load');
  return loaded;
}

beforeEach(() => {
  segmentersMade = 0;
  Object.defineProperty(Intl, 'Segmenter', { value: CountedSegmenter, configurable: true, writable: true });
});

afterEach(() => {
  Object.defineProperty(Intl, 'Segmenter', { value: HostSegmenter, configurable: true, writable: true });
});

describe('the word segmenter', () => {
  it('is chosen without being made', () => {
    const { chooseWordSplitting, hasWordSegmenter } = freshTargets();
    expect(chooseWordSplitting(undefined)).toBe('segmenter');
    expect(hasWordSegmenter()).toBe(true);
    expect(segmentersMade).toBe(0);
  });

  it('is made on the first phrase split, and only then', () => {
    const { indicatorSimilarity } = freshTargets();
    expect(indicatorSimilarity('年度检查任务', '年度任务', 'segmenter')).toBeCloseTo(0.8, 2);
    expect(segmentersMade).toBe(1);
    expect(indicatorSimilarity('精神科医师', '增加精神科医师', 'segmenter')).toBe(1);
    expect(indicatorSimilarity('新增医生', '增加医师', 'segmenter')).toBe(1);
    expect(segmentersMade).toBe(1);
  });

  it('is not made for a sheet whose targets compare no indicators', () => {
    const { analyzeTargets } = freshTargets();
    const { targets } = analyzeTargets(reportOf([{ task: '完善公共卫生应急管理体系。', milestone: '完成方案制定。', progress: '已完成方案制定。', assessment: '完成' }]));
    expect(targets).toEqual([]);
    expect(segmentersMade).toBe(0);
  });

  it('is made once for a whole sheet that compares indicators, and reads it as before', () => {
    const { analyzeTargets } = freshTargets();
    const counted = analyzeTargets(seed000Report()).targets;
    expect(segmentersMade).toBe(1);
    Object.defineProperty(Intl, 'Segmenter', { value: HostSegmenter, configurable: true, writable: true });
    expect(freshTargets().analyzeTargets(seed000Report()).targets).toEqual(counted);
    expect(counted).toContainEqual(expect.objectContaining({ cell: 'D69', indicator: '精神科医师', verdict: 'met', confidence: 0.9 }));
  });
});
