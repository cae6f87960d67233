/**
 * 汇总's choice of sources: the workbook's sheets (plans not ticked), and .xlsx files the user adds.
 * State and effects only; the panel's components render them.
 */
import { useEffect, useState } from 'react';
import type { ConsolidationSource, PickedFile } from '../../app/paneUseCases';
import { readFileBytes } from '../readFileBytes';

export interface ConsolidateSources {
  readonly sources: readonly ConsolidationSource[];
  readonly chosen: ReadonlySet<string>;
  toggle(name: string, checked: boolean): void;
  readonly files: readonly PickedFile[];
  addFiles(list: FileList | null): Promise<void>;
  removeFile(file: PickedFile): void;
  /** The chosen sheets in workbook order. */
  chosenSheets(): string[];
}

export function useConsolidateSources(onListSources: () => Promise<readonly ConsolidationSource[]>): ConsolidateSources {
  const [sources, setSources] = useState<readonly ConsolidationSource[]>([]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [files, setFiles] = useState<readonly PickedFile[]>([]);

  useEffect(() => {
    let current = true;
    void onListSources().then(
      (listed) => {
        if (!current) return;
        setSources(listed);
        // A plan (节点任务表) is not a report: offered, never ticked by default.
        setChosen(new Set(listed.filter((source) => !source.plan).map((source) => source.sheet.name)));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [onListSources]);

  return {
    sources,
    chosen,
    toggle(name, checked) {
      setChosen((earlier) => {
        const next = new Set(earlier);
        if (checked) next.add(name);
        else next.delete(name);
        return next;
      });
    },
    files,
    async addFiles(list) {
      if (!list) return;
      const picked = await Promise.all([...list].map(async (file) => ({ name: file.name, bytes: await readFileBytes(file) })));
      setFiles((earlier) => [...earlier.filter((file) => !picked.some((added) => added.name === file.name)), ...picked]);
    },
    removeFile(file) {
      setFiles((earlier) => earlier.filter((other) => other !== file));
    },
    chosenSheets: () => sources.filter((source) => chosen.has(source.sheet.name)).map((source) => source.sheet.name),
  };
}
