// The bundled Fulcrum data set: everything assembled, typed as Dataset.
// Validate with `parseDataset` from ./schema before trusting outside copies.

import type { Dataset } from '../model/types';
import { context } from './context';
import { events } from './events';
import { indicators } from './indicators';
import { kgObservations } from './observations/kg';
import { tjObservations } from './observations/tj';
import { presets } from './presets';
import { sources } from './sources';

export const dataset: Dataset = {
  version: '2026.12.0',
  date: '2026-12-03',
  countries: [
    { code: 'KG', name: { en: 'Kyrgyzstan', ru: 'Кыргызстан' } },
    { code: 'TJ', name: { en: 'Tajikistan', ru: 'Таджикистан' } },
  ],
  partners: [
    { code: 'CN', name: { en: 'China', ru: 'Китай' } },
    { code: 'RU', name: { en: 'Russia', ru: 'Россия' } },
  ],
  tiltPair: ['CN', 'RU'],
  indicators,
  observations: [...kgObservations, ...tjObservations],
  sources,
  events,
  context,
  presets,
  options: [
    {
      key: 'kgTradeSource',
      label: {
        en: 'Source for Kyrgyz trade with China',
        ru: 'Источник данных о торговле Кыргызстана с Китаем',
      },
      choices: [
        {
          value: 'kyrgyz-stats',
          label: { en: 'Kyrgyz statistics', ru: 'Статистика Кыргызстана' },
        },
        {
          value: 'china-customs',
          label: {
            en: 'Chinese customs (includes transit)',
            ru: 'Таможня Китая (включая транзит)',
          },
        },
      ],
      default: 'kyrgyz-stats',
    },
  ],
  dimensionWeights: { economic: 1, infrastructure: 1, digital: 1, security: 1 },
};
