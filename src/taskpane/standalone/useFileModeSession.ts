/**
 * File mode's state: the session of open files (an external store the page subscribes to), the page's settings
 * shared by every file, and one host per file, made when the file is first shown and kept while it is open.
 */
import { useRef, useSyncExternalStore } from 'react';
import { createFileHost, createPageSettingsStore } from '../../app/fileMode/fileHost';
import { createFileSession, type SessionFile } from '../../app/fileMode/fileSession';
import { DEFAULT_SETTINGS, type Host } from '../../app/host';

export function useFileModeSession(displayLanguage: string) {
  const sessionRef = useRef(createFileSession());
  const session = sessionRef.current;
  const settingsRef = useRef(createPageSettingsStore(DEFAULT_SETTINGS));
  const hostsRef = useRef(new Map<string, Host>());
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const active = state.files.find((file) => file.id === state.activeId) ?? null;

  const hostOf = (file: SessionFile): Host => {
    let host = hostsRef.current.get(file.id);
    if (!host) {
      host = createFileHost({ session, fileId: file.id, displayLanguage, settings: settingsRef.current });
      hostsRef.current.set(file.id, host);
    }
    return host;
  };
  return { session, state, active, hostOf };
}
