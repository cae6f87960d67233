/** The statistical form: figures without units that take the task's (`城镇新增就业(万人)` | `3.5` | `4.1  117%`). */
import { bareFigure, columnUnitOf, isBareNumber } from '../../../src/core/targets/_lib/figureColumns';

describe('figure columns', () => {
  const unit = columnUnitOf('新增城镇就业(万人)');

  it('reads the unit of the figure columns from the task', () => {
    expect(unit).toMatchObject({ unit: '人', factor: 1e4, comparator: '>=', indicator: '新增城镇就业' });
  });

  it('takes the first figure of a progress row of numbers alone, in the column unit', () => {
    if (!unit) throw new Error('no unit');
    expect(isBareNumber('4.1  117%')).toBe(false);
    expect(isBareNumber('4.1  117%', true)).toBe(true);
    expect(bareFigure('4.1  117%', unit, null, true)).toMatchObject({ value: 41000, text: '4.1', span: { start: 0, end: 3 } });
    expect(bareFigure(' 12.6\n\n58.3\n\n0.9', unit, null, true)).toMatchObject({ value: 126000, text: '12.6' });
  });

  it('takes the figure column that opens a progress cell before its remark', () => {
    if (!unit) throw new Error('no unit');
    expect(bareFigure('2.6  超过年度目标', unit, null, true)).toMatchObject({ value: 26000, text: '2.6' });
    expect(bareFigure('2.6 | 104%', unit, null, true)).toMatchObject({ value: 26000, text: '2.6' });
    expect(isBareNumber('2.6  超过年度目标', true)).toBe(true);
  });

  it('reads no figure column where the number has its own unit or is a year', () => {
    if (!unit) throw new Error('no unit');
    expect(bareFigure('2021 年以来，新增就业2.6万人', unit, null, true)).toBeNull();
    expect(bareFigure('26 人已就业', unit, null, true)).toBeNull();
  });

  it('reads no row where a cell is not numbers alone, nor a row where one number is asked', () => {
    if (!unit) throw new Error('no unit');
    expect(bareFigure('4.1  117%', unit, null)).toBeNull();
    expect(bareFigure('4.1 万人，完成117%', unit, null, true)).toBeNull();
    expect(bareFigure('4.1', unit, null)).toMatchObject({ value: 41000 });
  });
});
