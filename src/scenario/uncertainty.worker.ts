// Monte Carlo off the main thread: the page stays responsive while 2,000 draws run.
import { createUncertaintyHandler, type UncertaintyMessage } from './uncertaintyProtocol';

const handle = createUncertaintyHandler();

self.onmessage = (event: MessageEvent<UncertaintyMessage>) => {
  self.postMessage(handle(event.data));
};
