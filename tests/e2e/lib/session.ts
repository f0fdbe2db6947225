// One Chromium with the test build and one local server per test file: started before the
// file's tests, always closed after them (no leaked browser processes).
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { startServer, type TestServer } from './server';

export interface Session {
  server: TestServer;
  browser: ExtensionBrowser;
}

export function extensionSession(): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.server = await startServer();
    session.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
