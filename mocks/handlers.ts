import { delay, http, HttpResponse } from 'msw';
import { dataset } from '@/data/dataset';

/** Where the app fetches the data set when VITE_DATA_URL is set, in dev and tests. */
export const DATA_URL = 'http://localhost/fulcrum-data.json';
export const dataUrlFor = (mode: string) => `http://localhost/fulcrum-data-${mode}.json`;

/**
 * The data set and its failure modes, one handler each, shared by dev and tests:
 * `ok`, `server-error` (500), `malformed` (not JSON), `invalid` (fails the schema), `slow`.
 */
export const datasetHandlers = [
  http.get(DATA_URL, () => HttpResponse.json(dataset)),
  http.get(dataUrlFor('ok'), () => HttpResponse.json(dataset)),
  http.get(dataUrlFor('server-error'), () => new HttpResponse('Internal error', { status: 500 })),
  http.get(
    dataUrlFor('malformed'),
    () =>
      new HttpResponse('{"version": "2026", "indicators": [', {
        headers: { 'content-type': 'application/json' },
      }),
  ),
  http.get(dataUrlFor('invalid'), () => {
    const broken = structuredClone(dataset);
    const first = broken.observations[0]!;
    first.low = first.value + 10;
    return HttpResponse.json(broken);
  }),
  http.get(dataUrlFor('slow'), async () => {
    await delay(400);
    return HttpResponse.json(dataset);
  }),
];

export const handlers = [...datasetHandlers];
