/**
 * The 自检 (self-check) report IT staff read on a first run: which requirement sets the running host
 * supports, which features are on or degraded here and why, the add-in's version and where office.js came
 * from. Each composition root builds it from what its host can tell; the pane only shows it.
 */
// The default import: webpack exposes a JSON module's fields through its default export only.
import packageJson from '../../package.json';
import type { Host } from './host';

export type FeatureState = 'on' | 'host' | 'library' | 'file' | 'wps';

export interface FeatureCheck {
  /** The capability's id (`notes`, `dataValidation` …): its label is `selfCheck.feature.<id>`. */
  readonly feature: string;
  readonly state: FeatureState;
  /** The ExcelApi version the feature needs, when one does. */
  readonly needs: string | null;
}

export interface RequirementSetCheck {
  readonly name: string;
  /** The highest version the host says yes to, or null when it supports none. */
  readonly highest: string | null;
}

export interface SelfCheckReport {
  readonly version: string;
  readonly host: Host['kind'];
  /** Office.context.diagnostics: `16.0.17928.20000` and `PC`, `OfficeOnline`, `Mac` …; null outside Office. */
  readonly hostVersion: string | null;
  readonly platform: string | null;
  /** The office.js address the page loaded, or null when it runs outside Office. */
  readonly officeJs: string | null;
  readonly requirementSets: readonly RequirementSetCheck[];
  readonly features: readonly FeatureCheck[];
}

export const ADDIN_VERSION: string = packageJson.version;

/** A host outside Office (file mode, WPS): its capabilities say which features are on; the rest are degraded. */
export function selfCheckOfHost(host: Pick<Host, 'kind' | 'capabilities'>, hostVersion: string | null = null): SelfCheckReport {
  const capabilities = host.capabilities;
  const features = (Object.keys(capabilities) as (keyof typeof capabilities)[]).map((feature) => ({
    feature,
    state: capabilities[feature] ? ('on' as const) : host.kind === 'wps' ? ('wps' as const) : ('file' as const),
    needs: null,
  }));
  return { version: ADDIN_VERSION, host: host.kind, hostVersion, platform: null, officeJs: null, requirementSets: [], features };
}

/** The report as plain text, for IT staff to paste into a ticket. */
export function selfCheckText(report: SelfCheckReport, say: (key: string, params?: Readonly<Record<string, string | number>>) => string): string {
  const lines = [
    `${say('selfCheck.version')}: ${report.version}`,
    `${say('selfCheck.host')}: ${say(`selfCheck.host.${report.host}`)}${report.hostVersion ? ` ${report.hostVersion}` : ''}${report.platform ? ` (${report.platform})` : ''}`,
    `${say('selfCheck.officeJs')}: ${report.officeJs ?? say('selfCheck.officeJs.none')}`,
    `${say('selfCheck.requirementSets')}:`,
    ...report.requirementSets.map((set) => `  ${set.name} ${set.highest ?? say('selfCheck.unsupported')}`),
    `${say('selfCheck.features')}:`,
    ...report.features.map((entry) => `  ${say(`selfCheck.feature.${entry.feature}`)}: ${say(`selfCheck.state.${entry.state}`, { version: entry.needs ?? '' })}`),
  ];
  return lines.join('\n');
}
