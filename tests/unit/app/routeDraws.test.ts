import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { firstRenderShowsDraws, routes } from '@/app/routes';

// The app starts the first draws in the worker before its first render only for a page that
// shows them (src/app/main.tsx): every other page would wait for the worker for nothing.
const showsDraws = (path: string) => firstRenderShowsDraws(matchRoutes(routes, path) ?? []);

describe('which pages show the draws in their first render', () => {
  it.each(['/', '/country/KG', '/country/TJ', '/compare', '/analysis', '/brief', '/brief/risks'])(
    '%s does: its draws are started before it renders',
    (path) => expect(showsDraws(path)).toBe(true),
  );
  it.each(['/methodology', '/versus', '/data', '/no/such/page'])(
    '%s does not: it starts without waiting for the worker',
    (path) => expect(showsDraws(path)).toBe(false),
  );
});
