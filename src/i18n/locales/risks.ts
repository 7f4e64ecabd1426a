// Messages of method choices as assumptions (English and Russian with the same keys): one
// whole sentence per choice × outcome, and each choice's name. Written once for every view
// that reports them (the analysis view and the briefing's key risks), through
// src/lib/methodRisks.ts. Loaded lazily, by the views that ask for it.
import type { Namespace } from './types';

const en = {
  method: {
    geometric: {
      flips: "Switching to the geometric mean turns {{country}}'s {{tilt}} to {{to}} ({{value}}).",
      balances: "Switching to the geometric mean would balance {{country}}'s {{tilt}} ({{value}}).",
      unbalances:
        "Switching to the geometric mean tips {{country}}'s balanced {{tilt}} to {{to}} ({{value}}).",
    },
    arithmetic: {
      flips: "Switching to the arithmetic mean turns {{country}}'s {{tilt}} to {{to}} ({{value}}).",
      balances:
        "Switching to the arithmetic mean would balance {{country}}'s {{tilt}} ({{value}}).",
      unbalances:
        "Switching to the arithmetic mean tips {{country}}'s balanced {{tilt}} to {{to}} ({{value}}).",
    },
    option: {
      flips:
        "Switching “{{option}}” to “{{choice}}” turns {{country}}'s {{tilt}} to {{to}} ({{value}}).",
      balances:
        "Switching “{{option}}” to “{{choice}}” would balance {{country}}'s {{tilt}} ({{value}}).",
      unbalances:
        "Switching “{{option}}” to “{{choice}}” tips {{country}}'s balanced {{tilt}} to {{to}} ({{value}}).",
    },
    weights: {
      flips:
        "Weighting every dimension and indicator equally turns {{country}}'s {{tilt}} to {{to}} ({{value}}).",
      balances:
        "Weighting every dimension and indicator equally would balance {{country}}'s {{tilt}} ({{value}}).",
      unbalances:
        "Weighting every dimension and indicator equally tips {{country}}'s balanced {{tilt}} to {{to}} ({{value}}).",
    },
    /** a tested choice's name, for the lists of choices tested */
    choice: {
      geometric: 'the geometric mean',
      arithmetic: 'the arithmetic mean',
      option: '“{{option}}”: {{choice}}',
      weights: 'equal weights',
    },
  },
} as const;

export const risks: Namespace<typeof en> = {
  en,
  ru: {
    method: {
      geometric: {
        flips:
          '{{country}}: при переходе к среднему геометрическому {{tilt}} сменится в пользу {{to}} ({{value}}).',
        balances:
          '{{country}}: при переходе к среднему геометрическому {{tilt}} уравновесится ({{value}}).',
        unbalances:
          '{{country}}: при переходе к среднему геометрическому уравновешенный сейчас {{tilt}} сместится в сторону {{to}} ({{value}}).',
      },
      arithmetic: {
        flips:
          '{{country}}: при переходе к среднему арифметическому {{tilt}} сменится в пользу {{to}} ({{value}}).',
        balances:
          '{{country}}: при переходе к среднему арифметическому {{tilt}} уравновесится ({{value}}).',
        unbalances:
          '{{country}}: при переходе к среднему арифметическому уравновешенный сейчас {{tilt}} сместится в сторону {{to}} ({{value}}).',
      },
      option: {
        flips:
          '{{country}}: если для параметра «{{option}}» выбрать «{{choice}}», {{tilt}} сменится в пользу {{to}} ({{value}}).',
        balances:
          '{{country}}: если для параметра «{{option}}» выбрать «{{choice}}», {{tilt}} уравновесится ({{value}}).',
        unbalances:
          '{{country}}: если для параметра «{{option}}» выбрать «{{choice}}», уравновешенный сейчас {{tilt}} сместится в сторону {{to}} ({{value}}).',
      },
      weights: {
        flips:
          '{{country}}: при равных весах всех измерений и показателей {{tilt}} сменится в пользу {{to}} ({{value}}).',
        balances:
          '{{country}}: при равных весах всех измерений и показателей {{tilt}} уравновесится ({{value}}).',
        unbalances:
          '{{country}}: при равных весах всех измерений и показателей уравновешенный сейчас {{tilt}} сместится в сторону {{to}} ({{value}}).',
      },
      choice: {
        geometric: 'среднее геометрическое',
        arithmetic: 'среднее арифметическое',
        option: '«{{option}}»: {{choice}}',
        weights: 'равные веса',
      },
    },
  },
};
