// Messages that name the tilt's two partners from the data set, for a data set whose tilt pair
// is not China − Russia (the bundled one's views keep their own sentences): the overview's and
// the headline's, whose own messages are on the first screen. A namespace of its own, loaded
// only then, so the first screen does not carry it (docs/architecture.md §4).
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
  // The headline's sentences that name the pair (src/lib/headline.ts), by side: the overview's
  // allChina, mostlyRussia… with the same contexts and plural forms.
  headline: {
    allPositive_only:
      '{{country}} leans to {{positive}} in the only dimension with data ({{list}})',
    allPositive_one: '{{country}} leans to {{positive}} in all {{count}} dimensions',
    allPositive_few: '{{country}} leans to {{positive}} in all {{count}} dimensions',
    allPositive_many: '{{country}} leans to {{positive}} in all {{count}} dimensions',
    allPositive_other: '{{country}} leans to {{positive}} in all {{count}} dimensions',
    allNegative_only:
      '{{country}} leans to {{negative}} in the only dimension with data ({{list}})',
    allNegative_one: '{{country}} leans to {{negative}} in all {{count}} dimensions',
    allNegative_few: '{{country}} leans to {{negative}} in all {{count}} dimensions',
    allNegative_many: '{{country}} leans to {{negative}} in all {{count}} dimensions',
    allNegative_other: '{{country}} leans to {{negative}} in all {{count}} dimensions',
    allBalanced_only:
      '{{country}} is balanced between {{positive}} and {{negative}} in the only dimension with data ({{list}})',
    allBalanced_one:
      '{{country}} is balanced between {{positive}} and {{negative}} in all {{count}} dimensions',
    allBalanced_few:
      '{{country}} is balanced between {{positive}} and {{negative}} in all {{count}} dimensions',
    allBalanced_many:
      '{{country}} is balanced between {{positive}} and {{negative}} in all {{count}} dimensions',
    allBalanced_other:
      '{{country}} is balanced between {{positive}} and {{negative}} in all {{count}} dimensions',
    mostlyPositive_one: '{{country}} leans to {{positive}} in {{n}} of {{count}} dimension',
    mostlyPositive_few: '{{country}} leans to {{positive}} in {{n}} of {{count}} dimensions',
    mostlyPositive_many: '{{country}} leans to {{positive}} in {{n}} of {{count}} dimensions',
    mostlyPositive_other: '{{country}} leans to {{positive}} in {{n}} of {{count}} dimensions',
    mostlyNegative_one: '{{country}} leans to {{negative}} in {{n}} of {{count}} dimension',
    mostlyNegative_few: '{{country}} leans to {{negative}} in {{n}} of {{count}} dimensions',
    mostlyNegative_many: '{{country}} leans to {{negative}} in {{n}} of {{count}} dimensions',
    mostlyNegative_other: '{{country}} leans to {{negative}} in {{n}} of {{count}} dimensions',
    split:
      "{{country}}'s dimensions divide: {{positiveList}} leans to {{positive}}, {{negativeList}} to {{negative}}",
    split_several:
      "{{country}}'s dimensions divide: {{positiveList}} lean to {{positive}}, {{negativeList}} to {{negative}}",
    allUncertain_only:
      '{{country}}: the only dimension with data ({{list}}) is too close to call between {{positive}} and {{negative}}',
    allUncertain_one:
      '{{country}}: all {{count}} dimensions are too close to call between {{positive}} and {{negative}}',
    allUncertain_few:
      '{{country}}: all {{count}} dimensions are too close to call between {{positive}} and {{negative}}',
    allUncertain_many:
      '{{country}}: all {{count}} dimensions are too close to call between {{positive}} and {{negative}}',
    allUncertain_other:
      '{{country}}: all {{count}} dimensions are too close to call between {{positive}} and {{negative}}',
    allPositive_keptOnly:
      '{{country}} leans to {{positive}} in the only dimension the weights keep ({{list}})',
    allPositive_keptBoth: '{{country}} leans to {{positive}} in both dimensions the weights keep',
    allPositive_kept_one:
      '{{country}} leans to {{positive}} in all {{count}} dimensions the weights keep',
    allPositive_kept_few:
      '{{country}} leans to {{positive}} in all {{count}} dimensions the weights keep',
    allPositive_kept_many:
      '{{country}} leans to {{positive}} in all {{count}} dimensions the weights keep',
    allPositive_kept_other:
      '{{country}} leans to {{positive}} in all {{count}} dimensions the weights keep',
    allNegative_keptOnly:
      '{{country}} leans to {{negative}} in the only dimension the weights keep ({{list}})',
    allNegative_keptBoth: '{{country}} leans to {{negative}} in both dimensions the weights keep',
    allNegative_kept_one:
      '{{country}} leans to {{negative}} in all {{count}} dimensions the weights keep',
    allNegative_kept_few:
      '{{country}} leans to {{negative}} in all {{count}} dimensions the weights keep',
    allNegative_kept_many:
      '{{country}} leans to {{negative}} in all {{count}} dimensions the weights keep',
    allNegative_kept_other:
      '{{country}} leans to {{negative}} in all {{count}} dimensions the weights keep',
    allBalanced_keptOnly:
      '{{country}} is balanced between {{positive}} and {{negative}} in the only dimension the weights keep ({{list}})',
    allBalanced_keptBoth:
      '{{country}} is balanced between {{positive}} and {{negative}} in both dimensions the weights keep',
    allBalanced_kept_one:
      '{{country}} is balanced between {{positive}} and {{negative}} in all {{count}} dimensions the weights keep',
    allBalanced_kept_few:
      '{{country}} is balanced between {{positive}} and {{negative}} in all {{count}} dimensions the weights keep',
    allBalanced_kept_many:
      '{{country}} is balanced between {{positive}} and {{negative}} in all {{count}} dimensions the weights keep',
    allBalanced_kept_other:
      '{{country}} is balanced between {{positive}} and {{negative}} in all {{count}} dimensions the weights keep',
    allUncertain_keptOnly:
      '{{country}}: the only dimension the weights keep ({{list}}) is too close to call between {{positive}} and {{negative}}',
    allUncertain_keptBoth:
      '{{country}}: both dimensions the weights keep are too close to call between {{positive}} and {{negative}}',
    allUncertain_kept_one:
      '{{country}}: all {{count}} dimensions the weights keep are too close to call between {{positive}} and {{negative}}',
    allUncertain_kept_few:
      '{{country}}: all {{count}} dimensions the weights keep are too close to call between {{positive}} and {{negative}}',
    allUncertain_kept_many:
      '{{country}}: all {{count}} dimensions the weights keep are too close to call between {{positive}} and {{negative}}',
    allUncertain_kept_other:
      '{{country}}: all {{count}} dimensions the weights keep are too close to call between {{positive}} and {{negative}}',
    stillNegative: '; {{list}} still leans to {{negative}}',
    stillNegative_several: '; {{list}} still lean to {{negative}}',
    alreadyPositive: '; {{list}} already leans to {{positive}}',
    alreadyPositive_several: '; {{list}} already lean to {{positive}}',
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
    headline: {
      allPositive_only:
        '{{country}}: крен к {{positiveTo}} в единственном измерении с данными ({{list}})',
      allPositive_one: '{{country}}: крен к {{positiveTo}} во всех {{count}} измерении',
      allPositive_few: '{{country}}: крен к {{positiveTo}} во всех {{count}} измерениях',
      allPositive_many: '{{country}}: крен к {{positiveTo}} во всех {{count}} измерениях',
      allPositive_other: '{{country}}: крен к {{positiveTo}} во всех {{count}} измерениях',
      allNegative_only:
        '{{country}}: крен к {{negativeTo}} в единственном измерении с данными ({{list}})',
      allNegative_one: '{{country}}: крен к {{negativeTo}} во всех {{count}} измерении',
      allNegative_few: '{{country}}: крен к {{negativeTo}} во всех {{count}} измерениях',
      allNegative_many: '{{country}}: крен к {{negativeTo}} во всех {{count}} измерениях',
      allNegative_other: '{{country}}: крен к {{negativeTo}} во всех {{count}} измерениях',
      allBalanced_only:
        '{{country}}: равновесие между {{positiveWith}} и {{negativeWith}} в единственном измерении с данными ({{list}})',
      allBalanced_one:
        '{{country}}: равновесие между {{positiveWith}} и {{negativeWith}} во всех {{count}} измерении',
      allBalanced_few:
        '{{country}}: равновесие между {{positiveWith}} и {{negativeWith}} во всех {{count}} измерениях',
      allBalanced_many:
        '{{country}}: равновесие между {{positiveWith}} и {{negativeWith}} во всех {{count}} измерениях',
      allBalanced_other:
        '{{country}}: равновесие между {{positiveWith}} и {{negativeWith}} во всех {{count}} измерениях',
      mostlyPositive_one: '{{country}}: крен к {{positiveTo}} в {{n}} из {{count}} измерения',
      mostlyPositive_few: '{{country}}: крен к {{positiveTo}} в {{n}} из {{count}} измерений',
      mostlyPositive_many: '{{country}}: крен к {{positiveTo}} в {{n}} из {{count}} измерений',
      mostlyPositive_other: '{{country}}: крен к {{positiveTo}} в {{n}} из {{count}} измерения',
      mostlyNegative_one: '{{country}}: крен к {{negativeTo}} в {{n}} из {{count}} измерения',
      mostlyNegative_few: '{{country}}: крен к {{negativeTo}} в {{n}} из {{count}} измерений',
      mostlyNegative_many: '{{country}}: крен к {{negativeTo}} в {{n}} из {{count}} измерений',
      mostlyNegative_other: '{{country}}: крен к {{negativeTo}} в {{n}} из {{count}} измерения',
      split:
        '{{country}}: измерения расходятся — {{positiveList}} тяготеет к {{positiveTo}}, {{negativeList}} — к {{negativeTo}}',
      split_several:
        '{{country}}: измерения расходятся — {{positiveList}} тяготеют к {{positiveTo}}, {{negativeList}} — к {{negativeTo}}',
      allUncertain_only:
        '{{country}}: в единственном измерении с данными ({{list}}) направление между {{positiveWith}} и {{negativeWith}} неясно',
      allUncertain_one:
        '{{country}}: во всех {{count}} измерении направление между {{positiveWith}} и {{negativeWith}} неясно',
      allUncertain_few:
        '{{country}}: во всех {{count}} измерениях направление между {{positiveWith}} и {{negativeWith}} неясно',
      allUncertain_many:
        '{{country}}: во всех {{count}} измерениях направление между {{positiveWith}} и {{negativeWith}} неясно',
      allUncertain_other:
        '{{country}}: во всех {{count}} измерениях направление между {{positiveWith}} и {{negativeWith}} неясно',
      allPositive_keptOnly:
        '{{country}}: крен к {{positiveTo}} в единственном измерении, которое оставляют веса ({{list}})',
      allPositive_keptBoth:
        '{{country}}: крен к {{positiveTo}} в обоих измерениях, которые оставляют веса',
      allPositive_kept_one:
        '{{country}}: крен к {{positiveTo}} во всех {{count}} измерении, которое оставляют веса',
      allPositive_kept_few:
        '{{country}}: крен к {{positiveTo}} во всех {{count}} измерениях, которые оставляют веса',
      allPositive_kept_many:
        '{{country}}: крен к {{positiveTo}} во всех {{count}} измерениях, которые оставляют веса',
      allPositive_kept_other:
        '{{country}}: крен к {{positiveTo}} во всех {{count}} измерениях, которые оставляют веса',
      allNegative_keptOnly:
        '{{country}}: крен к {{negativeTo}} в единственном измерении, которое оставляют веса ({{list}})',
      allNegative_keptBoth:
        '{{country}}: крен к {{negativeTo}} в обоих измерениях, которые оставляют веса',
      allNegative_kept_one:
        '{{country}}: крен к {{negativeTo}} во всех {{count}} измерении, которое оставляют веса',
      allNegative_kept_few:
        '{{country}}: крен к {{negativeTo}} во всех {{count}} измерениях, которые оставляют веса',
      allNegative_kept_many:
        '{{country}}: крен к {{negativeTo}} во всех {{count}} измерениях, которые оставляют веса',
      allNegative_kept_other:
        '{{country}}: крен к {{negativeTo}} во всех {{count}} измерениях, которые оставляют веса',
      allBalanced_keptOnly:
        '{{country}}: равновесие между {{positiveWith}} и {{negativeWith}} в единственном измерении, которое оставляют веса ({{list}})',
      allBalanced_keptBoth:
        '{{country}}: равновесие между {{positiveWith}} и {{negativeWith}} в обоих измерениях, которые оставляют веса',
      allBalanced_kept_one:
        '{{country}}: равновесие между {{positiveWith}} и {{negativeWith}} во всех {{count}} измерении, которое оставляют веса',
      allBalanced_kept_few:
        '{{country}}: равновесие между {{positiveWith}} и {{negativeWith}} во всех {{count}} измерениях, которые оставляют веса',
      allBalanced_kept_many:
        '{{country}}: равновесие между {{positiveWith}} и {{negativeWith}} во всех {{count}} измерениях, которые оставляют веса',
      allBalanced_kept_other:
        '{{country}}: равновесие между {{positiveWith}} и {{negativeWith}} во всех {{count}} измерениях, которые оставляют веса',
      allUncertain_keptOnly:
        '{{country}}: в единственном измерении, которое оставляют веса ({{list}}), направление между {{positiveWith}} и {{negativeWith}} неясно',
      allUncertain_keptBoth:
        '{{country}}: в обоих измерениях, которые оставляют веса, направление между {{positiveWith}} и {{negativeWith}} неясно',
      allUncertain_kept_one:
        '{{country}}: во всех {{count}} измерении, которое оставляют веса, направление между {{positiveWith}} и {{negativeWith}} неясно',
      allUncertain_kept_few:
        '{{country}}: во всех {{count}} измерениях, которые оставляют веса, направление между {{positiveWith}} и {{negativeWith}} неясно',
      allUncertain_kept_many:
        '{{country}}: во всех {{count}} измерениях, которые оставляют веса, направление между {{positiveWith}} и {{negativeWith}} неясно',
      allUncertain_kept_other:
        '{{country}}: во всех {{count}} измерениях, которые оставляют веса, направление между {{positiveWith}} и {{negativeWith}} неясно',
      stillNegative: '; {{list}} по-прежнему тяготеет к {{negativeTo}}',
      stillNegative_several: '; {{list}} по-прежнему тяготеют к {{negativeTo}}',
      alreadyPositive: '; {{list}} уже тяготеет к {{positiveTo}}',
      alreadyPositive_several: '; {{list}} уже тяготеют к {{positiveTo}}',
    },
  },
};
