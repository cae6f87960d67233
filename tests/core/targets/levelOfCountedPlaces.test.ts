/**
 * A share right after a count of places, of the things in them (`5个示范乡镇100%的行政村…`), is the level each counted place is to
 * reach: the count of places is the target, the share is not counted again. A share with no count of places before it is the
 * level itself. Texts written for this test.
 */
import { extractTargets } from '../../../src/core/targets';

describe('the level of the places counted before it', () => {
  it.each([
    {
      description: 'the share after a count of counties is no target of its own',
      input: '年内率先实现3个示范县100%的行政村通客车。',
      expected: ['3个'],
    },
    {
      description: 'a count of towns with a parenthesis of their names',
      input: '推动12个重点镇(街道)90%的农户用上清洁能源。',
      expected: ['12个'],
    },
    {
      description: 'a share with no count of places before it is the level itself (counter-example)',
      input: '年内实现100%的行政村通客车。',
      expected: ['100%'],
    },
    {
      description: 'a floor of the share is an aim of its own (counter-example)',
      input: '3个示范县不低于95%的行政村通客车。',
      expected: ['3个', '95%'],
    },
  ])('$description', ({ input, expected }) => {
    expect(extractTargets(input, { year: 2024 }).map((target) => target.quantity.text.replace(/^不低于/, ''))).toEqual(expected);
  });
});
