import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { usePrinting } from '@/components/printMedia';
import { useScenarioLabel } from '@/components/useProvenance';
import { useT } from '@/i18n/fastT';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';
import { useImmediateChangeCount } from '@/scenario/hooks';
import { hasScenarioPair } from '@/scenario/pairCodec';
import { SlideBody } from './SlideBody';
import { SlideExport } from './SlideExport';
import { SpeakerNotes } from './SpeakerNotes';
import {
  buildDeck,
  keyAction,
  moveIndex,
  resolveSlideId,
  slideAliases,
  slideIndexOf,
  type DeckAction,
  type SlideRef,
} from './slides';
import './briefing.css';

/** Where Esc and the exit link lead: the view the briefing was opened from, else the overview. */
function exitPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/brief')
    ? from
    : '/';
}

/** Keys typed into these belong to them, not to the deck. */
function isFormControl(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/** Space and Enter on a button or a link press it; the deck leaves them alone. */
function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}

function toggleFullscreen(element: HTMLElement | null) {
  try {
    if (document.fullscreenElement) {
      leaveFullscreen();
    } else if (element && document.fullscreenEnabled && element.requestFullscreen) {
      void element.requestFullscreen()?.catch(() => {});
    }
  } catch {
    // Full screen unavailable (an iframe without permission, an old browser): stay as is.
  }
}

function leaveFullscreen() {
  try {
    void document.exitFullscreen?.()?.catch(() => {});
  } catch {
    // nothing to leave
  }
}

/** Short titles: the slide counter's announcement and the list of slides. */
function useSlideTitle() {
  const t = useT('briefing');
  const dataset = useDataset();
  const { pick } = useLocalized();
  return useCallback(
    (slide: SlideRef) => {
      const country = dataset.countries.find((c) => c.code === slide.country);
      const name = country ? pick(country.name) : (slide.country ?? slide.id);
      if (slide.kind === 'country') return name;
      if (slide.kind === 'confidence') return t('titles.confidence', { country: name });
      return t(`titles.${slide.kind}`);
    },
    [t, dataset.countries, pick],
  );
}

/** /brief/:slide — the briefing: one slide at a time, large, for a projector. */
export function BriefingPage() {
  const { slide } = useParams();
  const dataset = useDataset();
  const location = useLocation();
  // The A-against-B slide joins the deck when the address names two scenarios (`a.…`, `b.…`).
  const versus = hasScenarioPair(location.search);
  const deck = useMemo(
    () =>
      buildDeck(
        dataset.countries.map((c) => c.code),
        { versus },
      ),
    [dataset.countries, versus],
  );
  const aliases = useMemo(
    () =>
      slideAliases(
        deck,
        Object.fromEntries(dataset.countries.map((c) => [c.code, Object.values(c.name)])),
      ),
    [deck, dataset.countries],
  );

  if (slide === undefined) {
    return (
      <Navigate
        replace
        to={{ pathname: `/brief/${deck[0]!.id}`, search: location.search }}
        state={location.state as unknown}
      />
    );
  }
  // One address per slide: a number (`/brief/2`), another case (`/brief/kg`) or a name
  // (`/brief/kyrgyzstan`) is replaced by the slide's own id (`/brief/KG`).
  const id = resolveSlideId(deck, slide, aliases);
  if (id === undefined) return <SlideNotFound slide={slide} deck={deck} />;
  if (id !== slide) {
    return (
      <Navigate
        replace
        to={{ pathname: `/brief/${id}`, search: location.search }}
        state={location.state as unknown}
      />
    );
  }
  return <Deck deck={deck} index={slideIndexOf(deck, id)} />;
}

function Deck({ deck, index }: { deck: SlideRef[]; index: number }) {
  const t = useT('briefing');
  const tc = useT('common');
  const location = useLocation();
  const navigate = useNavigate();
  const titleOf = useSlideTitle();
  const rootRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const current = deck[index]!;
  const total = deck.length;
  const exitTo = exitPath(location.state);
  const [notesOpen, setNotesOpen] = useState(false);
  const printing = usePrinting();

  // The slide the deck is heading to: a second key pressed before the new slide is drawn moves
  // on from there, not from the slide on screen. Navigations are drawn synchronously (below);
  // the ref also covers moves the deck did not make (Back, a link), which reset it.
  const headingTo = useRef(index);
  useEffect(() => {
    headingTo.current = index;
  }, [index]);

  const go = useCallback(
    (action: DeckAction) => {
      if (action === 'fullscreen') return toggleFullscreen(rootRef.current);
      if (action === 'notes') return setNotesOpen((open) => !open);
      if (action === 'exit') {
        void navigate({ pathname: exitTo, search: location.search });
        return;
      }
      const from = headingTo.current;
      const next = moveIndex(from, total, action);
      if (next === from) return;
      headingTo.current = next;
      // Drawn at once, not in a transition: a presenter's next key meets the slide it sees.
      void navigate(
        { pathname: `/brief/${deck[next]!.id}`, search: location.search },
        { state: location.state as unknown, flushSync: true },
      );
    },
    [deck, total, exitTo, location.search, location.state, navigate],
  );

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || isFormControl(event.target)) return;
    const action = keyAction(event);
    if (!action) return;
    if ((event.key === ' ' || event.key === 'Enter') && isActivatable(event.target)) return;
    event.preventDefault();
    // Esc first leaves full screen (where the browser lets the key through), then the deck.
    if (action === 'exit' && document.fullscreenElement) return leaveFullscreen();
    go(action);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  // Each new slide: its heading takes the focus (the live region says which slide it is).
  useEffect(() => {
    headingRef.current?.focus();
  }, [index]);

  const title = titleOf(current);
  const { changeCount } = useImmediateChangeCount();
  const scenarioName = useScenarioLabel();

  return (
    <div
      className="briefing briefing-deck"
      ref={rootRef}
      data-slide={current.id}
      data-printing={printing || undefined}
    >
      <title>{`${title} — ${t('pageTitle')} — ${tc('appName')}`}</title>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {t('announce', { n: index + 1, total, title })}
      </p>
      <div className="briefing-top">
        <p className="briefing-scenario" data-differs={changeCount > 0}>
          {changeCount > 0
            ? t('scenarioNamed', { name: scenarioName, count: changeCount })
            : t('asPublished')}
        </p>
        <AppLink to={exitTo} className="briefing-exit">
          {t('exit')}
        </AppLink>
      </div>
      {printing ? (
        // Every slide, one per page (briefing.css): what a printout or a PDF of the deck holds.
        deck.map((slide) => (
          <section
            className="briefing-slide briefing-print-slide"
            key={slide.id}
            aria-labelledby={`briefing-heading-${slide.id}`}
            data-print-slide={slide.id}
          >
            <SlideBody
              slide={slide}
              headingId={`briefing-heading-${slide.id}`}
              headingRef={slide.id === current.id ? headingRef : undefined}
            />
          </section>
        ))
      ) : (
        <section className="briefing-slide" key={current.id} aria-labelledby="briefing-heading">
          <SlideBody slide={current} headingId="briefing-heading" headingRef={headingRef} />
        </section>
      )}
      {notesOpen && !printing ? (
        <SpeakerNotes slide={current} title={title} onClose={() => setNotesOpen(false)} />
      ) : null}
      <nav className="briefing-controls" aria-label={t('deckLabel')}>
        <button
          type="button"
          className="button"
          onClick={() => go('previous')}
          disabled={index === 0}
        >
          <span aria-hidden="true">← </span>
          {t('previous')}
        </button>
        <p className="briefing-counter">
          <span aria-hidden="true">{t('counter', { n: index + 1, total })}</span>
          <span className="visually-hidden">{t('counterLabel', { n: index + 1, total })}</span>
        </p>
        <button
          type="button"
          className="button"
          onClick={() => go('next')}
          disabled={index === total - 1}
        >
          {t('next')}
          <span aria-hidden="true"> →</span>
        </button>
        <button type="button" className="button" onClick={() => go('fullscreen')}>
          {t('fullscreen')}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={notesOpen}
          aria-controls={notesOpen ? 'briefing-notes' : undefined}
          onClick={() => go('notes')}
        >
          {t('notes.toggle')}
        </button>
        <SlideExport />
        <p className="briefing-hint">{t('keysHint')}</p>
      </nav>
    </div>
  );
}

/** An unknown slide id: say so, and link every slide and the way out. */
function SlideNotFound({ slide, deck }: { slide: string; deck: SlideRef[] }) {
  const t = useT('briefing');
  const titleOf = useSlideTitle();
  return (
    <div className="briefing briefing-not-found">
      <title>{`${t('notFound.heading', { slide })} — Fulcrum`}</title>
      <h1>{t('notFound.heading', { slide })}</h1>
      <p>{t('notFound.body')}</p>
      <ol>
        {deck.map((s) => (
          <li key={s.id}>
            <AppLink to={`/brief/${s.id}`}>{titleOf(s)}</AppLink>
          </li>
        ))}
      </ol>
      <p>
        <AppLink to="/">{t('exit')}</AppLink>
      </p>
    </div>
  );
}
