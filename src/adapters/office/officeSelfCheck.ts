/**
 * What the running Excel and the loaded office.js tell the 自检 view: the highest version of each
 * requirement set the host says yes to, Office.context.diagnostics, the office.js address, and which
 * optional features are on or degraded (from the capabilities the host was built with).
 */
import { ADDIN_VERSION, type SelfCheckReport } from '../../app/selfCheck';
import { OFFICE_JS_META } from './loadOfficeJs';
import { CAPABILITY_REQUIREMENTS, capabilityPaths, type IsSetSupported, type OfficeCapabilities, type OptionalCapability } from './requirements';

/** The sets an IT person asks about, and the highest minor version worth probing for each. */
const PROBED_SETS: readonly { readonly name: string; readonly highestMinor: number }[] = [
  { name: 'ExcelApi', highestMinor: 30 },
  { name: 'ExcelApiDesktop', highestMinor: 5 },
  { name: 'ExcelApiOnline', highestMinor: 5 },
  { name: 'SharedRuntime', highestMinor: 5 },
  { name: 'RibbonApi', highestMinor: 5 },
  { name: 'AddinCommands', highestMinor: 5 },
  { name: 'DialogApi', highestMinor: 5 },
];

/** The highest `1.N` the host supports, or null. Sets are cumulative, so the first yes from the top wins. */
export function highestSupported(isSetSupported: IsSetSupported, name: string, highestMinor: number): string | null {
  for (let minor = highestMinor; minor >= 1; minor -= 1) {
    try {
      if (isSetSupported(name, `1.${minor}`)) return `1.${minor}`;
    } catch {
      // Older hosts throw for sets they do not know: the same as no.
    }
  }
  return null;
}

export interface OfficeSelfCheckSources {
  readonly isSetSupported: IsSetSupported;
  readonly diagnostics: { readonly version?: string; readonly platform?: unknown } | undefined;
  readonly document: Document;
  readonly capabilities: OfficeCapabilities;
}

/** The address office.js was loaded from: the script that ran it, else the address the build named. */
export function officeJsSource(doc: Document): string | null {
  const script = [...doc.querySelectorAll<HTMLScriptElement>('script[src]')].find((element) => /\/office(\.debug)?\.js(\?|$)/.test(element.src));
  if (script) return script.src;
  return doc.querySelector<HTMLMetaElement>(`meta[name="${OFFICE_JS_META}"]`)?.content ?? null;
}

export function officeSelfCheck(sources: OfficeSelfCheckSources): SelfCheckReport {
  const paths = capabilityPaths(sources.capabilities);
  return {
    version: ADDIN_VERSION,
    host: 'excel',
    hostVersion: sources.diagnostics?.version ?? null,
    platform: sources.diagnostics?.platform === undefined ? null : String(sources.diagnostics.platform),
    officeJs: officeJsSource(sources.document),
    requirementSets: PROBED_SETS.map((set) => ({ name: set.name, highest: highestSupported(sources.isSetSupported, set.name, set.highestMinor) })),
    features: (Object.keys(paths) as OptionalCapability[]).map((feature) => ({ feature, state: paths[feature], needs: CAPABILITY_REQUIREMENTS[feature].version })),
  };
}

/** The report of the Excel this page runs in; call after Office.onReady. */
export function currentOfficeSelfCheck(capabilities: OfficeCapabilities): SelfCheckReport {
  return officeSelfCheck({
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    diagnostics: Office.context.diagnostics,
    document,
    capabilities,
  });
}
