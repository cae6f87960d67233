/**
 * Requirement sets Jindu uses beyond the manifest's minimum (ExcelApi 1.7), detected at run time so a
 * missing one degrades with a message instead of failing.
 *
 * Two questions, both must say yes. `isSetSupported` answers for the *host* (Excel itself); the office.js
 * the page loaded answers for the *library*. They differ when an intranet serves an older office.js than the
 * Excel it runs in: Microsoft 365 Excel ≥ 2501 says yes to ExcelApi 1.18, while @microsoft/office-js 1.1.110
 * (16.0.15407) has no `Worksheet.notes`, so `sheet.notes.add` throws TypeError on the client. A capability
 * is on only when the host supports its set and every member Jindu calls under it exists in the library.
 */
import type { HostCapabilities } from '../../core';

export interface OfficeCapabilities extends HostCapabilities {
  /** ExcelApi 1.9: page layout (A4 landscape, print titles). */
  readonly pageLayout: boolean;
  /** ExcelApi 1.13: merged areas of a range, and inserting worksheets from a file. */
  readonly mergedAreas: boolean;
  readonly insertWorksheetsFromBase64: boolean;
  /** ExcelApi 1.9 (sets are cumulative: 1.7's `worksheet.copy` too): hidden sheet copies and `range.copyFrom`, for exact undo. */
  readonly sheetBackups: boolean;
  /**
   * Capabilities the host (Excel) has but the loaded office.js lacks: the deployment's office.js is older
   * than the Excel it runs in. Absent when none; the pane names the cause so IT can refresh the build.
   */
  readonly missingFromLibrary?: readonly OptionalCapability[];
}

export type OptionalCapability = Exclude<keyof OfficeCapabilities, 'charts' | 'missingFromLibrary'>;

export type IsSetSupported = (name: string, minVersion: string) => boolean;

/**
 * What the loaded office.js defines: `has('Worksheet', 'notes')` is true when `Excel.Worksheet` has that
 * member (an instance member on its prototype, or a static one on the class).
 */
export interface LoadedLibrary {
  has(className: string, member: string): boolean;
}

/**
 * The ExcelApi version of each optional capability, and every library member Jindu calls under it
 * (`Class.member`). Adapter code that uses a new member under a capability adds it here; the tests load
 * each host file of the bundled office.js in jsdom and check the table against it and against the
 * simulated Excel.
 */
export const CAPABILITY_REQUIREMENTS: Readonly<Record<OptionalCapability, { readonly version: string; readonly members: readonly string[] }>> = {
  dataValidation: { version: '1.8', members: ['Range.dataValidation', 'DataValidation.clear', 'DataValidation.rule'] },
  notes: {
    version: '1.18',
    members: ['Worksheet.notes', 'NoteCollection.add', 'NoteCollection.getItem', 'NoteCollection.getItemOrNullObject', 'NoteCollection.load', 'Note.content', 'Note.delete', 'Note.getLocation'],
  },
  // `mergeUndoGroup` is a run option, not a member; a library that knows ExcelApi 1.20 has the set's
  // `CustomFunctionManager.setVisibility`, and an older one silently ignores the option.
  undoGrouping: { version: '1.20', members: ['CustomFunctionManager.setVisibility'] },
  pageLayout: { version: '1.9', members: ['Worksheet.pageLayout', 'PageLayout.orientation', 'PageLayout.paperSize', 'PageLayout.zoom', 'PageLayout.setPrintTitleRows'] },
  mergedAreas: { version: '1.13', members: ['Range.getMergedAreasOrNullObject', 'RangeAreas.address'] },
  insertWorksheetsFromBase64: { version: '1.13', members: ['Workbook.insertWorksheetsFromBase64'] },
  sheetBackups: { version: '1.9', members: ['Worksheet.copy', 'Range.copyFrom', 'Worksheet.visibility'] },
};

/** A library that has every member: the simulated Excel's default, and hosts where nothing can be probed. */
export const CURRENT_LIBRARY: LoadedLibrary = { has: () => true };

/**
 * The library of an `Excel` namespace as office.js defines it (the global `Excel` in the add-in, or a
 * jsdom window's in the tests). Office.js defines properties on the prototypes of its classes.
 */
export function libraryOf(excel: unknown): LoadedLibrary {
  const namespace = (typeof excel === 'object' || typeof excel === 'function') && excel !== null ? (excel as Record<string, unknown>) : {};
  return {
    has(className, member) {
      const type = namespace[className];
      if (typeof type !== 'function') return false;
      const prototype: unknown = (type as { prototype?: unknown }).prototype;
      return member in type || (typeof prototype === 'object' && prototype !== null && member in prototype);
    },
  };
}

function libraryHasAll(library: LoadedLibrary, members: readonly string[]): boolean {
  return members.every((qualified) => {
    const dot = qualified.indexOf('.');
    return library.has(qualified.slice(0, dot), qualified.slice(dot + 1));
  });
}

export function detectOfficeCapabilities(isSetSupported: IsSetSupported, library: LoadedLibrary = CURRENT_LIBRARY): OfficeCapabilities {
  const host = (version: string) => {
    try {
      return isSetSupported('ExcelApi', version);
    } catch {
      // Some older hosts throw instead of answering false.
      return false;
    }
  };
  const missingFromLibrary: OptionalCapability[] = [];
  const supported = (capability: OptionalCapability) => {
    const { version, members } = CAPABILITY_REQUIREMENTS[capability];
    if (!host(version)) return false;
    if (libraryHasAll(library, members)) return true;
    missingFromLibrary.push(capability);
    return false;
  };
  const capabilities = {
    dataValidation: supported('dataValidation'),
    notes: supported('notes'),
    charts: true,
    undoGrouping: supported('undoGrouping'),
    pageLayout: supported('pageLayout'),
    mergedAreas: supported('mergedAreas'),
    insertWorksheetsFromBase64: supported('insertWorksheetsFromBase64'),
    sheetBackups: supported('sheetBackups'),
  };
  return missingFromLibrary.length === 0 ? capabilities : { ...capabilities, missingFromLibrary };
}

/**
 * Which path each optional feature takes here and why, for the pane's 自检 view: `on`, `host` (Excel lacks
 * the set), or `library` (Excel has it, the loaded office.js does not).
 */
export function capabilityPaths(capabilities: OfficeCapabilities): Readonly<Record<OptionalCapability, 'on' | 'host' | 'library'>> {
  const path = (capability: OptionalCapability) =>
    capabilities[capability] ? 'on' : capabilities.missingFromLibrary?.includes(capability) ? 'library' : 'host';
  return {
    dataValidation: path('dataValidation'),
    notes: path('notes'),
    undoGrouping: path('undoGrouping'),
    pageLayout: path('pageLayout'),
    mergedAreas: path('mergedAreas'),
    insertWorksheetsFromBase64: path('insertWorksheetsFromBase64'),
    sheetBackups: path('sheetBackups'),
  };
}

/** Every optional set present: what the simulated Excel of tests reports unless a test removes one. */
export const ALL_OFFICE_CAPABILITIES: OfficeCapabilities = {
  dataValidation: true,
  notes: true,
  charts: true,
  undoGrouping: true,
  pageLayout: true,
  mergedAreas: true,
  insertWorksheetsFromBase64: true,
  sheetBackups: true,
};
