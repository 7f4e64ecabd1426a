// `/data`: the analyst's data sets, kept in this browser (src/lib/datasetLibrary.ts). Load a file
// (JSON or the observations CSV template), read its problems by row and field, switch the app to
// a data set (the address names it: `?dataset=<id>`), delete one, download the CSV template of
// the data set in use. The bundled data set is always listed first and cannot be deleted.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { downloadBlob } from '@/components/download';
import { FileInput } from '@/components/FileInput';
import { DATASET_FILE_MAX_BYTES } from '@/data/datasetFile';
import { LANGUAGE_PARAM } from '@/i18n';
import { useT } from '@/i18n/fastT';
import { useFormat } from '@/i18n/useFormat';
import { useLocalized } from '@/i18n/useLocalized';
import { datasetQueryKey, useDataset } from '@/lib/dataset';
import { BUNDLED_DATASET_ID, DATASET_PARAM, datasetIdOf } from '@/lib/datasetId';
import { datasetLibrary, type LibraryEntry } from '@/lib/datasetLibrary';
import { observationsCsv } from '@/lib/observationsCsv';
import { useScenarioScores } from '@/scenario/hooks';
import { nameFromFile, readDatasetFile, type FileProblem } from './readDatasetFile';
import './datasets.css';

/** How many problems of a refused file are listed. */
export const PROBLEMS_SHOWN = 20;

const LIST_KEY = ['dataset-library'] as const;
const MB = 1024 * 1024;

type Message =
  | { tone: 'status'; text: string }
  | { tone: 'alert'; text: string; problems?: FileProblem[]; total?: number };

/**
 * The search of an address that switches to data set `id`: the language kept; the scenario
 * (which belongs to the data set it was made on) and everything else dropped.
 */
function searchForDataset(search: string, id: string): string {
  const params = new URLSearchParams();
  const language = new URLSearchParams(search).get(LANGUAGE_PARAM);
  if (language) params.set(LANGUAGE_PARAM, language);
  if (id !== BUNDLED_DATASET_ID) params.set(DATASET_PARAM, id);
  const text = params.toString();
  return text ? `?${text}` : '';
}

const library = () => datasetLibrary(BUNDLED_DATASET_ID);

export function DatasetsPage() {
  const { t } = useTranslation('datasets');
  const f = useFormat();
  const { pick } = useLocalized();
  // the problems list: up to PROBLEMS_SHOWN lines of the same two messages
  const tFast = useT('datasets');
  const dataset = useDataset();
  const inUse = datasetIdOf(dataset);
  // A scenario belongs to its data set: switching starts from the other one's baseline.
  const { differs } = useScenarioScores();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  // Focus follows the confirmation: to "Yes, delete" when it opens, back to the entry's Delete
  // button after Cancel (the button it replaced), so keyboard users are never dropped.
  const confirmYes = useRef<HTMLButtonElement>(null);
  const deleteButtons = useRef(new Map<string, HTMLButtonElement>());
  const returnFocusTo = useRef<string | null>(null);
  useEffect(() => {
    if (confirming !== null) {
      confirmYes.current?.focus();
      return;
    }
    const back = returnFocusTo.current;
    returnFocusTo.current = null;
    if (back !== null) deleteButtons.current.get(back)?.focus();
  }, [confirming]);
  const cancelConfirm = (id: string) => {
    returnFocusTo.current = id;
    setConfirming(null);
  };

  const list = useQuery({
    queryKey: LIST_KEY,
    queryFn: () => library().list(),
    staleTime: 0,
  });

  const problemText = (p: FileProblem) => {
    const where = [
      p.row === null ? null : tFast('load.where.row', { row: f.formatCount(p.row) }),
      p.field === null ? null : tFast('load.where.field', { field: p.field }),
    ].filter(Boolean);
    return where.length > 0 ? `${where.join(', ')}: ${p.message}` : p.message;
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setBusy(true);
    setConfirming(null);
    setMessage({ tone: 'status', text: t('load.reading', { file: file.name }) });
    try {
      const outcome = await readDatasetFile(file, dataset);
      const refused = t('load.refused', { file: file.name });
      if (!outcome.ok) {
        if (outcome.kind === 'too-large') {
          setMessage({
            tone: 'alert',
            text: `${refused} ${t('load.tooLarge', {
              size: f.formatDecimals(outcome.size / MB, 1),
              limit: f.formatCount(DATASET_FILE_MAX_BYTES / MB),
            })}`,
          });
        } else if (outcome.kind === 'unreadable') {
          setMessage({
            tone: 'alert',
            text: `${refused} ${t('load.unreadable', { reason: outcome.reason })}`,
          });
        } else {
          setMessage({
            tone: 'alert',
            text: refused,
            problems: outcome.problems.slice(0, PROBLEMS_SHOWN),
            total: outcome.problems.length,
          });
        }
        return;
      }
      const put = await library().put(outcome.dataset, nameFromFile(file.name));
      if (!put.ok) {
        setMessage({
          tone: 'alert',
          text: `${refused} ${t('load.unavailable', { reason: put.problem.detail })}`,
        });
        return;
      }
      // A link that named this data set before it was here may have left "not found" in the
      // cache (kept for the page's life): forgotten, so switching to it loads it.
      queryClient.removeQueries({ queryKey: datasetQueryKey({ stored: put.entry.id }) });
      const words = { name: put.entry.name, version: put.entry.version };
      setMessage({
        tone: 'status',
        text: put.replaced ? t('load.already', words) : t('load.added', words),
      });
      await queryClient.invalidateQueries({ queryKey: LIST_KEY });
    } finally {
      setBusy(false);
      // The same file may be chosen again (after fixing it).
      if (input.current) input.current.value = '';
    }
  };

  const switchTo = (id: string) => {
    void navigate({ pathname: location.pathname, search: searchForDataset(location.search, id) });
  };

  const remove = async (entry: LibraryEntry) => {
    setConfirming(null);
    if (!(await library().remove(entry.id))) return;
    queryClient.removeQueries({ queryKey: datasetQueryKey({ stored: entry.id }) });
    setMessage({ tone: 'status', text: t('list.deleted', { name: entry.name }) });
    await queryClient.invalidateQueries({ queryKey: LIST_KEY });
    if (entry.id === inUse) switchTo(BUNDLED_DATASET_ID);
  };

  const downloadTemplate = () => {
    const blob = new Blob([observationsCsv(dataset)], { type: 'text/csv;charset=utf-8' });
    const safeVersion = dataset.version.replace(/[^\w.-]+/g, '-').slice(0, 60);
    downloadBlob(`fulcrum-observations-${safeVersion}.csv`, blob);
  };

  const entries = list.data?.entries ?? [];

  return (
    <article className="datasets stack">
      <title>{`${t('heading')} — Fulcrum`}</title>
      <h1>{t('heading')}</h1>
      <p className="page-intro">{t('intro')}</p>

      <DatasetsCard id="datasets-load" heading={t('load.heading')}>
        <FileInput
          inputRef={input}
          id={inputId}
          label={t('load.label')}
          labelClassName="datasets-label"
          name="dataset-file"
          accept=".json,.csv,application/json,text/csv"
          describedBy={`${inputId}-help`}
          disabled={busy}
          onChange={(e) => void onFile(e)}
        />
        <p id={`${inputId}-help`} className="datasets-help">
          {t('load.help', { version: dataset.version })}
        </p>
        {/* Two live regions, always there (a region that appears, or changes its role, is
              not announced reliably): progress and success, then refusals. */}
        <div className="datasets-message" role="status">
          {message?.tone === 'status' && (
            <div className="datasets-ok">
              <p>{message.text}</p>
            </div>
          )}
        </div>
        <div className="datasets-message" role="alert">
          {message?.tone === 'alert' && (
            <div className="data-error">
              <p>{message.text}</p>
              {message.problems && message.problems.length > 0 && (
                <>
                  <p>
                    {(message.total ?? 0) > message.problems.length
                      ? t('load.problemsShown', {
                          shown: f.formatCount(message.problems.length),
                          total: f.formatCount(message.total ?? 0),
                        })
                      : t('load.problems', {
                          count: message.problems.length,
                          n: f.formatCount(message.problems.length),
                        })}
                  </p>
                  <ul className="datasets-problems">
                    {message.problems.map((p, i) => (
                      <li key={i}>{problemText(p)}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
        </div>
      </DatasetsCard>

      <DatasetsCard id="datasets-list" heading={t('list.heading')}>
        {list.isPending && <p role="status">{t('list.loading')}</p>}
        {list.isError && (
          <div className="data-error">
            <p>{t('list.failed', { reason: String(list.error) })}</p>
            <button
              type="button"
              className="button button-small"
              onClick={() => void list.refetch()}
            >
              {t('list.retry')}
            </button>
          </div>
        )}
        {list.data?.unavailable && (
          <p className="data-error">{t('list.unavailable', { reason: list.data.unavailable })}</p>
        )}
        {list.data && list.data.damaged > 0 && (
          <p className="datasets-help">
            {t('list.damaged', { count: list.data.damaged, n: f.formatCount(list.data.damaged) })}
          </p>
        )}
        {differs && entries.length > 1 && (
          <p className="datasets-help">{t('list.scenarioNotice')}</p>
        )}
        {entries.length > 0 && (
          <div className="table-scroll">
            <table className="datasets-table">
              <caption className="visually-hidden">{t('list.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('list.name')}</th>
                  <th scope="col">{t('list.version')}</th>
                  <th scope="col">{t('list.added')}</th>
                  <th scope="col">{t('list.size')}</th>
                  <th scope="col">{t('list.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => {
                  const name = entry.bundled ? t('list.bundled') : entry.name;
                  const current = entry.id === inUse;
                  return (
                    <tr key={entry.id} data-dataset-id={entry.id}>
                      <th scope="row">
                        <span className="datasets-name">{name}</span>
                        {entry.bundled && (
                          <span className="datasets-mark">{t('list.bundledMark')}</span>
                        )}
                        {current && (
                          <span className="datasets-mark datasets-in-use">{t('list.inUse')}</span>
                        )}
                      </th>
                      <td className="datasets-version" data-label={t('list.version')}>
                        {entry.version}
                      </td>
                      <td data-label={t('list.added')}>
                        {f.formatDate(entry.addedAt.slice(0, 10))}
                      </td>
                      <td data-label={t('list.size')}>
                        {entry.bundled
                          ? '—'
                          : t('list.kib', { n: f.formatCount(Math.ceil(entry.size / 1024)) })}
                      </td>
                      <td>
                        <div className="datasets-actions">
                          {!current && (
                            <button
                              type="button"
                              className="button button-small"
                              aria-label={t('list.useLabel', { name })}
                              onClick={() => switchTo(entry.id)}
                            >
                              {t('list.use')}
                            </button>
                          )}
                          {!entry.bundled && confirming !== entry.id && (
                            <button
                              type="button"
                              className="button button-small"
                              aria-label={t('list.deleteLabel', { name })}
                              ref={(button) => {
                                if (button) deleteButtons.current.set(entry.id, button);
                                else deleteButtons.current.delete(entry.id);
                              }}
                              onClick={() => setConfirming(entry.id)}
                            >
                              {t('list.delete')}
                            </button>
                          )}
                          {!entry.bundled && confirming === entry.id && (
                            <span
                              className="datasets-confirm"
                              role="group"
                              aria-label={t('list.confirm', { name })}
                            >
                              <span>{t('list.confirm', { name })}</span>
                              <button
                                ref={confirmYes}
                                type="button"
                                className="button button-small"
                                onClick={() => void remove(entry)}
                              >
                                {t('list.confirmYes')}
                              </button>
                              <button
                                type="button"
                                className="button button-small"
                                onClick={() => cancelConfirm(entry.id)}
                              >
                                {t('list.cancel')}
                              </button>
                            </span>
                          )}
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </DatasetsCard>

      <DatasetsCard id="datasets-template" heading={t('template.heading')}>
        <p>{t('template.text', { version: dataset.version })}</p>
        <p className="datasets-help">
          {t('template.countries', {
            countries: dataset.countries.map((c) => pick(c.name)).join(', '),
            partners: dataset.partners.map((p) => pick(p.name)).join(', '),
          })}
        </p>
        <button type="button" className="button" onClick={downloadTemplate}>
          {t('template.download')}
        </button>
      </DatasetsCard>
    </article>
  );
}

/** One card of the page: its heading (the section's name) and its body. */
function DatasetsCard({
  id,
  heading,
  children,
}: {
  id: string;
  heading: string;
  children: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id} className="card-title">
        {heading}
      </h2>
      <div className="card-body">{children}</div>
    </section>
  );
}

/** The address names a data set this browser does not have: say so, change nothing. */
export function DatasetMissing({ id }: { id: string }) {
  // The /data page's messages and code, loaded on demand (src/app/DatasetGate.tsx).
  const { t } = useTranslation('datasets');
  // Without the data set and its scenario (which belongs to that data set): the language kept.
  const search = searchForDataset(useLocation().search, BUNDLED_DATASET_ID);
  const shown = id.length > 60 ? `${id.slice(0, 60)}…` : id;
  return (
    <div role="alert" className="data-error">
      <h1>{t('missing.title')}</h1>
      <p>{t('missing.text', { id: shown })}</p>
      <p>
        <Link to={{ pathname: '/data', search }}>{t('missing.load')}</Link>
        {' · '}
        <Link to={{ pathname: '/', search }}>{t('missing.bundled')}</Link>
      </p>
    </div>
  );
}
