import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '@mocks/node';

/** Import for its side effect in an integration test file: MSW intercepts fetch for the file. */
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
