/**
 * The walls above the core: each one refuses the import it exists for, and lets the allowed direction
 * through, so a wall that stopped firing (a renamed folder, a pattern typo) fails here.
 */
import { lintEachAs } from './lintAs';

interface WallCase {
  readonly description: string;
  readonly file: string;
  readonly code: string;
  readonly refused: boolean;
}

const cases: readonly WallCase[] = [
  {
    description: 'an adapter may not import the UI',
    file: 'src/adapters/office/leak.ts',
    code: "import { PaneApp } from '../../taskpane/components/PaneApp';\nexport const leak = PaneApp;\n",
    refused: true,
  },
  {
    description: 'an adapter may import the application layer whose ports it implements',
    file: 'src/adapters/office/allowed.ts',
    code: "import { MARK_FILLS } from '../../app/host';\nexport const fills = MARK_FILLS;\n",
    refused: false,
  },
  {
    description: 'the UI may not import an adapter',
    file: 'src/taskpane/components/leak.tsx',
    code: "import { createExcelHost } from '../../adapters/office/excelHost';\nexport const leak = createExcelHost;\n",
    refused: true,
  },
  {
    description: 'the UI may not re-export an adapter either',
    file: 'src/taskpane/standalone/leak.ts',
    code: "export { xlsxFilesOnDemand } from '../../adapters/xlsx/xlsxFilesOnDemand';\n",
    refused: true,
  },
  {
    description: 'the UI may import the application layer',
    file: 'src/taskpane/components/allowed.tsx',
    code: "import { PaneMessageError } from '../../app/paneUseCases';\nexport const allowed = PaneMessageError;\n",
    refused: false,
  },
  {
    description: 'the application layer may not import an adapter',
    file: 'src/app/fileMode/leak.ts',
    code: "import { XlsxWorkbook } from '../../adapters/xlsx';\nexport const leak = XlsxWorkbook;\n",
    refused: true,
  },
  {
    description: 'the application layer may not import the UI',
    file: 'src/app/leak.ts',
    code: "import { IssueList } from '../taskpane/components/IssueList';\nexport const leak = IssueList;\n",
    refused: true,
  },
  {
    description: 'the application layer may not import a composition root',
    file: 'src/app/leak.ts',
    code: "import { FileModeRoot } from '../entries/FileModeRoot';\nexport const leak = FileModeRoot;\n",
    refused: true,
  },
  {
    description: 'the application layer may import the core',
    file: 'src/app/allowed.ts',
    code: "import { checkGrid } from '../core';\nexport const allowed = checkGrid;\n",
    refused: false,
  },
  {
    description: 'the core may not import the application layer',
    file: 'src/core/check/leak.ts',
    code: "import { createPaneUseCases } from '../../app/paneUseCases';\nexport const leak = createPaneUseCases;\n",
    refused: true,
  },
  {
    description: 'a composition root may wire an adapter into the UI',
    file: 'src/entries/allowed.tsx',
    code: "import { xlsxFilesOnDemand } from '../adapters/xlsx/xlsxFilesOnDemand';\nimport { FileModeApp } from '../taskpane/standalone/FileModeApp';\nexport const allowed = [xlsxFilesOnDemand, FileModeApp];\n",
    refused: false,
  },
  {
    description: "a core folder may not reach into another folder's _lib/",
    file: 'src/core/plan/leak.ts',
    code: "import { isMergeFollower } from '../fill/_lib/anything';\nexport const leak = isMergeFollower;\n",
    refused: true,
  },
  {
    description: "a core folder may use its own _lib/ and the core's shared _lib/",
    file: 'src/core/consolidate/allowed.ts',
    code: "import { serialDisplay } from './_lib/serialOrder';\nimport { appendAll } from '../_lib/appendAll';\nexport const allowed = [serialDisplay, appendAll];\n",
    refused: false,
  },
  {
    description: 'an adapter may not import a module inside the core',
    file: 'src/adapters/xlsx/leak.ts',
    code: "import type { SheetGrid } from '../../core/grid/sheetGrid';\nexport type Leak = SheetGrid;\n",
    refused: true,
  },
  {
    description: 'the command line may not import a module inside the core either',
    file: 'src/cli/commands/leak.ts',
    code: "import { parseReport } from '../../core/report/parseReport';\nexport const leak = parseReport;\n",
    refused: true,
  },
  {
    description: 'outside the core, src/core/index.ts is the door',
    file: 'src/cli/commands/allowed.ts',
    code: "import { parseReport } from '../../core';\nimport { checkGrid } from '../../core/index';\nexport const allowed = [parseReport, checkGrid];\n",
    refused: false,
  },
];

describe('the layer walls', () => {
  const linted = lintEachAs(cases.map(({ file, code }) => ({ filePath: file, code })));
  it.each(cases.map((wall, index) => ({ ...wall, index })))('$description', ({ index, refused }) => {
    const messages = (linted[index] ?? []).filter((message) => message.ruleId === 'no-restricted-imports');
    if (refused) expect(messages.length).toBeGreaterThan(0);
    else expect(messages).toEqual([]);
  });
});
