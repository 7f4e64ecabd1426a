import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/** The same handlers in the browser, for `VITE_MSW=1 VITE_DATA_URL=… npm start`. */
export const worker = setupWorker(...handlers);
