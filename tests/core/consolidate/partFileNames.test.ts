import { partFileNames, type SplitPart } from '../../../src/core';

function part(unit: string, fileName: string): SplitPart {
  return { unit, fileName, sheetName: '三季度', tasks: 1, operations: [] };
}

describe('partFileNames', () => {
  it('names each unit its own file, numbering names that clean up to the same one', () => {
    const parts = [part('市商务局', '市商务局'), part('市商务局 ', '市商务局'), part('市卫生健康委', '市卫生健康委'), part('市商务局/', '市商务局')];
    expect([...partFileNames(parts).values()]).toEqual(['市商务局.xlsx', '市商务局-2.xlsx', '市卫生健康委.xlsx', '市商务局-3.xlsx']);
  });
});
