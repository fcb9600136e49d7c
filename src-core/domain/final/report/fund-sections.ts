import type { Block } from '../../report/model';
import { paragraph, section } from '../../report/writer';
import type { FinalWriter } from './final-writer';

/**
 * 政府性基金 (F07) and 国有资本经营 (F08): 七 and 八 in the national order. An empty table gets the sentence the
 * published 决算 use: the unit had no such money this year, so the table is published empty.
 */
export function fundSections(w: FinalWriter): Block[] {
  return [governmentFund(w), stateCapital(w)];
}

/** “本单位2024年度无…，故《…》为空表。” with the table's number and title as the layout prints them. */
function emptySentence(w: FinalWriter, tableId: string, what: string): string {
  const t = w.figures.table(tableId);
  const name = t ? `${t.number ? t.number : ''}《${t.title}》` : '';
  return `本单位${w.year}年度无${what}${name ? `，故${name}为空表` : ''}。`;
}

/** “…类支出X万元” for the 类 rows of a table with spending. */
function classList(w: FinalWriter, tableId: string): string {
  const f = w.figures;
  return f
    .codeRows(tableId, 'fn:', 3)
    .filter((r) => f.exact(tableId, r, 'total') !== 0)
    .map((r) => `${f.engine.catalogs.function.name(r.code) || r.code}${w.amt(f.exact(tableId, r, 'total'))}`)
    .join('，');
}

function governmentFund(w: FinalWriter): Block {
  const f = w.figures;
  const id = 'final.gf';
  const title = '政府性基金预算财政拨款收入支出决算情况说明';
  const t = f.table('F07');
  if (!t || t.empty)
    return section(id, title, 'cn', [paragraph(emptySentence(w, 'F07', '政府性基金预算财政拨款收入支出'))], true);
  const c = (col: string) => f.cell('F07', 'total', col);
  const classes = classList(w, 'F07');
  return section(id, title, 'cn', [
    paragraph(
      `${w.year}年度政府性基金预算财政拨款年初结转和结余${w.amt(c('opening'))}，本年收入${w.amt(c('income'))}，` +
        `本年支出${w.amt(c('total'))}（基本支出${w.amt(c('basic'))}，项目支出${w.amt(c('project'))}），` +
        `年末结转和结余${w.amt(c('closing'))}。${classes ? `支出主要用于：${classes}。` : ''}`,
    ),
  ]);
}

function stateCapital(w: FinalWriter): Block {
  const f = w.figures;
  const id = 'final.soc';
  const title = '国有资本经营预算财政拨款支出决算情况说明';
  const t = f.table('F08');
  if (!t || t.empty)
    return section(id, title, 'cn', [paragraph(emptySentence(w, 'F08', '国有资本经营预算财政拨款支出'))], true);
  const c = (col: string) => f.cell('F08', 'total', col);
  const classes = classList(w, 'F08');
  return section(id, title, 'cn', [
    paragraph(
      `${w.year}年度国有资本经营预算财政拨款支出${w.amt(c('total'))}，其中：基本支出${w.amt(c('basic'))}，` +
        `项目支出${w.amt(c('project'))}。${classes ? `支出主要用于：${classes}。` : ''}`,
    ),
  ]);
}
