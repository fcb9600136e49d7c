import { toCents, type Cents } from '../../money/cents';
import { concatInline, inline, slot, type Inline } from '../../report/inline';
import type { Block } from '../../report/model';
import { wanSteps } from '../../report/numbers';
import { clause, paragraph, section } from '../../report/writer';
import type { FinalWriter } from './final-writer';

/** The “三公” items of 公开09表: column key, budget/prior key, printed name. */
const ITEMS = [
  { col: 'abroad', key: 'abroad', name: '因公出国（境）费' },
  { col: 'vehicle', key: 'vehicle', name: '公务用车购置及运行维护费' },
  { col: 'reception', key: 'reception', name: '公务接待费' },
] as const;

/**
 * 九 财政拨款“三公”经费支出决算: (一) 全年预算数 against 决算数 (公开09表), completion, last year and
 * the reason; (二) each item, with the counts of `draft.three`. A budget the draft does not give is
 * not printed (never “全年预算为万元”); R-F-THREE reports an item spent without one.
 */
export function threeSection(w: FinalWriter): Block {
  const overall = budgetSentence(w, '“三公”经费财政拨款支出', 'threeTotal', 'total');
  return section('final.three', '财政拨款“三公”经费支出决算情况说明', 'cn', [
    section('final.three.overall', '“三公”经费财政拨款支出决算总体情况说明', 'paren-cn', [
      paragraph(concatInline(`${w.year}年度`, overall, '。')),
    ]),
    section('final.three.items', '“三公”经费财政拨款支出决算具体情况说明', 'paren-cn', [
      ...ITEMS.map((item) =>
        paragraph(concatInline(budgetSentence(w, item.name, item.key, item.col), '。', details(w, item.col)), 'arabic'),
      ),
    ]),
  ]);
}

/** “{name}全年预算为X万元，支出决算为Y万元，完成全年预算的Z%，与2023年度相比，{name}增加…”. */
function budgetSentence(w: FinalWriter, name: string, key: string, col: string): Inline {
  const f = w.figures;
  const spent = f.cell('F09', 'total', `final.${col}`);
  const hasBudget = f.budget('adjusted', key) !== null;
  const budget = f.cell('F09', 'total', `budget.${col}`);
  const done = hasBudget ? w.ratio(spent, budget) : null;
  const head = hasBudget
    ? `${name}全年预算为${w.amt(budget)}，支出决算为${w.amt(spent)}${done ? `，完成全年预算的${done}` : ''}`
    : `${name}支出决算为${w.amt(spent)}`;
  const prior = w.priorOf(key, spent);
  // Nothing spent in either year: there is nothing to compare.
  if (!prior || (wanSteps(spent) === 0 && wanSteps(prior.cents) === 0)) return [head];
  return inline`${head}，${w.compare(name, spent, prior)}`;
}

const count = (n: number | undefined) => (typeof n === 'number' && n > 0 ? n : null);

/** What follows an item: the counts, and for 公务接待费 外宾 / 国内 with the purpose. */
function details(w: FinalWriter, col: string): Inline {
  const f = w.figures;
  const three = f.draft.three;
  const spent = f.cell('F09', 'total', `final.${col}`);
  if (col === 'abroad') {
    const groups = count(three.abroadGroups);
    const persons = count(three.abroadPersons);
    return spent !== 0 && groups && persons ? [`共组织因公出国（境）团组${groups}个，${persons}人次。`] : [];
  }
  if (col === 'vehicle') {
    const bought = count(three.vehiclesBought) ?? 0;
    const held = three.vehiclesHeld;
    return [
      `其中：公务用车购置费${w.amt(f.cell('F09', 'total', 'final.vehiclePurchase'))}` +
        (bought > 0 ? `，购置公务用车${bought}辆` : '') +
        `；公务用车运行维护费${w.amt(f.cell('F09', 'total', 'final.vehicleOperation'))}` +
        (typeof held === 'number' ? `，年末公务用车保有量${held}辆` : '') +
        '。',
    ];
  }
  const foreign: Cents = Math.min(spent, toCents(three.receptionForeign ?? '0', f.draft.amountUnit) ?? 0);
  const domestic = spent - foreign;
  const fBatches = count(three.receptionForeignBatches);
  const fPersons = count(three.receptionForeignPersons);
  const dBatches = count(three.receptionDomesticBatches);
  const dPersons = count(three.receptionDomesticPersons);
  const purpose = clause(f.draft.text.purposes?.reception ?? '');
  return inline`其中：外宾接待支出${w.amt(foreign)}${foreign !== 0 && fBatches && fPersons ? `，共接待外宾团组${fBatches}个，${fPersons}人次` : ''}。国内公务接待支出${w.amt(domestic)}${
    purpose ? inline`，${slot('purpose', 'reception', purpose)}` : [slot('purpose', 'reception', null)]
  }。${domestic !== 0 && dBatches && dPersons ? `${w.year}年共接待国内来访团组${dBatches}个，${dPersons}人次（不包括陪同人员）。` : ''}`;
}
