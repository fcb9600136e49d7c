import { codePath } from '../../catalog/catalog';
import { concatInline, inline, slot, type Inline } from '../../report/inline';
import type { Block } from '../../report/model';
import { reasonClause, wanSteps } from '../../report/numbers';
import { paragraph, section, stripExpenseSuffix } from '../../report/writer';
import type { FinalWriter } from './final-writer';

/**
 * 五 一般公共预算财政拨款支出决算 ((一) 总体, (二) 结构 by 类, (三) 具体 per 项 against 年初预算数,
 * with the reason `text.reasons["exec:fn:<code>"]`) and 六 基本支出 (人员经费 / 公用经费 and the
 * economic 款 they include), from 公开05表 and 公开06表.
 */
export function gpbSections(w: FinalWriter): Block[] {
  return [gpb(w), basic(w)];
}

/** “一般公共服务支出”, the catalog's name of a function code (the code itself when unknown). */
function fnName(w: FinalWriter, code: string): string {
  return w.figures.engine.catalogs.function.name(code) || code;
}

function gpb(w: FinalWriter): Block {
  const f = w.figures;
  const total = f.cell('F05', 'total', 'total');
  const expense = f.cell('F01', 'out:subtotal', 'amount');
  const share = w.ratio(total, expense);
  const prior = w.priorOf('gpb', total);
  const overall = paragraph(
    concatInline(
      `${w.year}年度一般公共预算财政拨款支出${w.amt(total)}`,
      share ? `，占本年支出合计的${share}` : '',
      '。',
      prior ? inline`${w.compare('一般公共预算财政拨款支出', total, prior)}。` : [],
    ),
  );
  const classes = f.codeRows('F05', 'fn:', 3);
  const shares = w.shares(classes.map((r) => f.exact('F05', r, 'total')));
  const structure: Block[] = [
    paragraph(`${w.year}年度一般公共预算财政拨款支出${w.amt(total)}，主要用于以下方面：`),
    ...classes.map((r, i) =>
      paragraph(
        `${stripExpenseSuffix(fnName(w, r.code))}（类）支出${w.amt(f.exact('F05', r, 'total'))}，占${shares[i]}。`,
        'arabic',
      ),
    ),
  ];
  if (classes.length === 0) structure.splice(0, 1, paragraph(`${w.year}年度本单位无一般公共预算财政拨款支出。`));
  return section('final.gpb', '一般公共预算财政拨款支出决算情况说明', 'cn', [
    section('final.gpb.overall', '一般公共预算财政拨款支出决算总体情况', 'paren-cn', [overall]),
    section('final.gpb.structure', '一般公共预算财政拨款支出决算结构情况', 'paren-cn', structure),
    section('final.gpb.items', '一般公共预算财政拨款支出决算具体情况', 'paren-cn', items(w)),
  ]);
}

/** (三): the total against 年初预算数, 基本/项目, the projects; then each 项 under its 类. */
function items(w: FinalWriter): Block[] {
  const f = w.figures;
  const withBudget = f.hasColumn('F05', 'initial');
  const total = f.cell('F05', 'total', 'total');
  const initial = f.cell('F05', 'total', 'initial');
  const done = w.ratio(total, initial);
  const projects = f.gpbProjects();
  const head =
    `${w.year}年度一般公共预算财政拨款支出` +
    (withBudget
      ? `年初预算为${w.amt(initial)}，支出决算为${w.amt(total)}${done ? `，完成年初预算的${done}` : ''}。`
      : `决算为${w.amt(total)}。`) +
    `其中：基本支出${w.amt(f.cell('F05', 'total', 'basic'))}，项目支出${w.amt(f.cell('F05', 'total', 'project'))}。` +
    (projects.length > 0
      ? `项目支出主要用于${mainProjects(projects)
          .map((p) => `${p.name}项目${w.amt(p.cents)}`)
          .join('；')}${projects.length > MAIN_PROJECTS ? '等' : ''}。`
      : '');
  const blocks: Block[] = [paragraph(head)];
  for (const cls of f.codeRows('F05', 'fn:', 3)) {
    const rows = f.codeRows('F05', 'fn:', 7).filter((r) => r.code.startsWith(cls.code));
    blocks.push(
      section(
        `final.gpb.items.${cls.code}`,
        `${fnName(w, cls.code)}具体包括：`,
        'arabic',
        rows.map((r) =>
          paragraph(
            itemText(w, r.code, f.exact('F05', r, 'total'), withBudget ? f.exact('F05', r, 'initial') : null),
            'paren-arabic',
          ),
        ),
      ),
    );
  }
  return blocks;
}

/** How many projects “项目支出主要用于…” names at most: the largest, in the draft's order. */
const MAIN_PROJECTS = 5;

function mainProjects<T extends { cents: number }>(projects: readonly T[]): T[] {
  if (projects.length <= MAIN_PROJECTS) return [...projects];
  const largest = new Set([...projects].sort((a, b) => b.cents - a.cents).slice(0, MAIN_PROJECTS));
  return projects.filter((p) => largest.has(p));
}

/** “一般公共服务支出（类）网信事务（款）事业运行（项）年初预算为…，支出决算为…，完成年初预算的…，…主要原因…”. */
function itemText(w: FinalWriter, code: string, spent: number, initial: number | null): Inline {
  const [cls, kuan] = codePath('function', code);
  const name = `${fnName(w, cls)}（类）${fnName(w, kuan)}（款）${fnName(w, code)}（项）`;
  if (initial === null) return [`${name}支出决算为${w.amt(spent)}。`];
  const done = w.ratio(spent, initial);
  const head = `${name}年初预算为${w.amt(initial)}，支出决算为${w.amt(spent)}${done ? `，完成年初预算的${done}` : ''}`;
  const diff = wanSteps(spent) - wanSteps(initial);
  if (diff === 0) return [`${head}。`];
  const key = `exec:fn:${code}`;
  const reason = reasonClause(w.figures.draft.text.reasons?.[key]);
  const where = `，支出决算数${diff > 0 ? '大于' : '小于'}年初预算数`;
  return reason === ''
    ? inline`${head}${where}${slot('reason', key, null)}。`
    : inline`${head}${where}，${slot('reason', key, reason.slice(1))}。`;
}

/** 六: 基本支出 of 公开06表, 人员经费 and 公用经费 with the economic 款 each includes. */
function basic(w: FinalWriter): Block {
  const f = w.figures;
  const total = f.cell('F06', 'total', 'amount');
  const title = '一般公共预算财政拨款基本支出决算情况说明';
  if (wanSteps(total) === 0)
    return section(
      'final.basic',
      title,
      'cn',
      [paragraph(`${w.year}年度本单位无一般公共预算财政拨款基本支出。`)],
      true,
    );
  const economic = f.engine.catalogs.economic;
  const kindOf = (code: string) => economic.get(code)?.basicKind ?? economic.get(code.slice(0, 3))?.basicKind;
  const names = (kind: 'personnel' | 'public') =>
    f
      .codeRows('F06', 'econ:', 5)
      .filter((r) => kindOf(r.code) === kind && f.exact('F06', r, 'amount') !== 0)
      .map((r) => economic.name(r.code) || r.name);
  const part = (label: string, kind: 'personnel' | 'public') => {
    const cents = f.cell('F06', kind, 'amount');
    const list = names(kind);
    return paragraph(`${label}${w.amt(cents)}${list.length > 0 ? `，主要包括：${list.join('、')}` : ''}。`);
  };
  return section('final.basic', title, 'cn', [
    paragraph(`${w.year}年度一般公共预算财政拨款基本支出${w.amt(total)}，其中：`),
    part('人员经费', 'personnel'),
    part('公用经费', 'public'),
  ]);
}
