/**
 * `Office.context.document.settings` on office-addin-mock for the pane's Office tests: `set` keeps a copy,
 * `saveAsync` "persists" what was set into `saved`, which the tests read back.
 */
import { OfficeMockObject } from 'office-addin-mock';

export function mockedDocumentSettings(): { readonly settings: Office.Settings; readonly saved: Map<string, unknown> } {
  const pending = new Map<string, unknown>();
  const saved = new Map<string, unknown>();
  const office = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get: (name: string) => pending.get(name) ?? null,
          // Office keeps settings as JSON; a JSON copy is also what jsdom, which lacks structuredClone, can make.
          set: (name: string, value: unknown) => pending.set(name, JSON.parse(JSON.stringify(value)) as unknown),
          saveAsync: (callback?: (result: { status: string }) => void) => {
            for (const [key, value] of pending) saved.set(key, value);
            callback?.({ status: 'succeeded' });
          },
        },
      },
    },
  }) as unknown as typeof Office;
  return { settings: office.context.document.settings, saved };
}
