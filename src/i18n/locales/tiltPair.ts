// Messages that name the tilt's two partners from the data set, for a data set whose tilt pair
// is not China − Russia (the bundled one's views keep their own sentences). A namespace of its
// own, loaded only then, so the first screen does not carry it (docs/architecture.md §4).
import type { Widen } from './types';

const en = {
  overview: {
    heading: 'Where {{countries}} stand between {{positive}} and {{negative}}',
    intro:
      'Dependence on each partner is scored from 0 (none) to 100 (complete); numbers in brackets are 90% intervals. The tilt is the {{positive}} score minus the {{negative}} score: bars to the right lean to {{positive}}, to the left to {{negative}}.',
    tiltSource:
      'Tilt = {{positive}} score − {{negative}} score, on a fixed scale from −100 ({{negative}}) to +100 ({{positive}}).',
    tiltAria: '{{country}}: tilt between {{positive}} and {{negative}} by dimension. {{values}}',
    caption: '{{country}}: tilt by dimension ({{positive}} score − {{negative}} score)',
  },
};

export const tiltPair: { en: Widen<typeof en>; ru: Widen<typeof en> } = {
  en,
  ru: {
    overview: {
      heading: '{{countries}} между {{positiveWith}} и {{negativeWith}}: расклад сил',
      intro:
        'Зависимость от каждого партнёра оценивается от 0 (нет) до 100 (полная); в скобках — 90-процентные интервалы. Крен — это оценка {{positiveOf}} минус оценка {{negativeOf}}: полосы вправо означают крен к {{positiveTo}}, влево — к {{negativeTo}}.',
      tiltSource:
        'Крен = оценка {{positiveOf}} − оценка {{negativeOf}}, на единой шкале от −100 ({{negative}}) до +100 ({{positive}}).',
      tiltAria:
        '{{country}}: крен между {{positiveWith}} и {{negativeWith}} по измерениям. {{values}}',
      caption: '{{country}}: крен по измерениям (оценка {{positiveOf}} − оценка {{negativeOf}})',
    },
  },
};
