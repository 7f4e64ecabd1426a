// Monte Carlo off the main thread: the page stays responsive while 2,000 draws run.
import { handleUncertainty, type UncertaintyRequest } from './uncertaintyProtocol';

self.onmessage = (event: MessageEvent<UncertaintyRequest>) => {
  self.postMessage(handleUncertainty(event.data));
};
