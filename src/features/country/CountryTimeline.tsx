import { memo } from 'react';
import { PartnerLabel } from '@/components/PartnerLabel';
import { usePartnerPaint } from '@/components/partnerPalette';
import { SourceCitation } from '@/components/SourceCitation';
import type { TimelineEvent } from '@/model';
import { formatEventDate } from './adapters';
import type { CountryText } from './useCountryText';

/** The country's milestones, oldest first, as an ordered list drawn as a vertical timeline. */
function CountryTimelineImpl({
  events,
  countryName,
  text,
}: {
  events: TimelineEvent[];
  countryName: string;
  text: CountryText;
}) {
  const { t, pick } = text;
  const paint = usePartnerPaint();
  return (
    <section className="country-timeline-section" aria-labelledby="country-timeline-heading">
      <h2 id="country-timeline-heading">{t('timeline.heading')}</h2>
      <p className="muted country-section-intro">{t('timeline.intro', { country: countryName })}</p>
      {events.length === 0 ? (
        <p>{t('timeline.empty')}</p>
      ) : (
        <ol className="country-timeline">
          {events.map((event) => (
            <li
              key={event.id}
              className={`country-event country-event-${event.partner ? paint(event.partner).slot : 'other'}`}
              data-event={event.id}
            >
              <time className="country-event-date" dateTime={event.date}>
                {formatEventDate(event.date, text.language)}
              </time>
              <div className="country-event-body">
                <p className="country-event-title">{pick(event.title)}</p>
                <p className="country-event-meta">
                  <span className="visually-hidden">{t('timeline.partner')}: </span>
                  {event.partner ? (
                    <PartnerLabel code={event.partner} />
                  ) : (
                    <span className="partner-label partner-other">
                      {event.other ? pick(event.other) : ''}
                    </span>
                  )}
                  <span aria-hidden="true"> · </span>
                  <span className="visually-hidden">{t('timeline.dimension')}: </span>
                  <span className="country-event-dimension">
                    {text.dimensionName(event.dimension)}
                  </span>
                </p>
                <SourceCitation sources={event.sources} className="country-event-sources" />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export const CountryTimeline = memo(CountryTimelineImpl);
