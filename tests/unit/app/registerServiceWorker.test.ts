// @vitest-environment jsdom
// The page's side of an update (src/app/registerServiceWorker.ts) with stand-in workers: which
// events announce a new version, and that nothing reloads until the reader asks. The real
// worker and a real update: tests/e2e/offline.spec.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// pwa.ts keeps its state to itself: a notice is seen through what applyUpdate then does.
import { applyUpdate, resetUpdateState } from '@/app/pwa';
import { offerReloadOnStaleCode, watchForUpdates } from '@/app/registerServiceWorker';

class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  postMessage = vi.fn();
  install() {
    this.state = 'installed';
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  found(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

class FakeContainer extends EventTarget {
  controller: object | null = null;
  takeOver() {
    this.controller = {};
    this.dispatchEvent(new Event('controllerchange'));
  }
}

let container: FakeContainer;
const reload = vi.fn();

beforeEach(() => {
  container = new FakeContainer();
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: container });
  Object.defineProperty(window, 'location', {
    configurable: true,
    value: { ...window.location, reload },
  });
  reload.mockClear();
});

afterEach(() => {
  resetUpdateState();
  vi.restoreAllMocks();
});

function watch() {
  const registration = new FakeRegistration();
  watchForUpdates(registration as unknown as ServiceWorkerRegistration);
  return registration;
}

describe('service worker updates', () => {
  it('the first install is not an update: no notice, no reload', async () => {
    const registration = watch();
    const worker = new FakeWorker();
    registration.found(worker);
    worker.install();
    container.takeOver(); // clientsClaim
    await applyUpdate(); // nothing waits: does nothing
    expect(worker.postMessage).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('a new version waits until the reader asks, then takes over and the page reloads', async () => {
    container.controller = {};
    const registration = watch();
    const worker = new FakeWorker();
    registration.found(worker);
    worker.install();
    expect(worker.postMessage).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
    await applyUpdate();
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled(); // not before the new version controls the page
    container.takeOver();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('a version already waiting when the page loads is offered', async () => {
    container.controller = {};
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker();
    registration.waiting.state = 'installed';
    watchForUpdates(registration as unknown as ServiceWorkerRegistration);
    await applyUpdate();
    expect(registration.waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
  });

  it('an update the browser began installing before the page watched is offered too', async () => {
    container.controller = {};
    const registration = new FakeRegistration();
    const worker = new FakeWorker();
    registration.installing = worker;
    watchForUpdates(registration as unknown as ServiceWorkerRegistration);
    worker.install();
    await applyUpdate();
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
  });

  it('another tab’s update does not reload this page; the notice offers the reload', async () => {
    container.controller = {};
    watch();
    container.takeOver(); // the other tab let the new version take over
    expect(reload).not.toHaveBeenCalled();
    await applyUpdate();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

describe('old code on the page', () => {
  it('a lazy part that no longer loads offers the reload', async () => {
    const target = new EventTarget() as EventTarget & { location: { reload: () => void } };
    target.location = { reload };
    offerReloadOnStaleCode(target as unknown as Window);
    await applyUpdate(); // nothing offered yet
    expect(reload).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('vite:preloadError'));
    await applyUpdate();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
