/**
 * Composition root of the pane: waits for Office, decides the host mode, and renders the app
 * inside the one FluentProvider.
 */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectHost } from './host';

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  void detectHost().then((host) => {
    root.render(<App host={host} />);
  });
}
