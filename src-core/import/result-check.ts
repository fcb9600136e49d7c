import { decimalPlaces, isDecimalString } from '../domain/money/cents';
import { MAX_INTEGER_DIGITS } from '../domain/money/parse-input';
import { MAX_DECIMALS, UNIT_LABEL } from '../domain/money/units';
import type { FileProblem } from '../domain/draft/problems';
import type { Draft } from '../domain/draft/types';
import { EXPENSE_KINDS, isValidSource, SOURCE_SHORT_NAMES } from '../domain/draft/vocabulary';

/**
 * The invariants of a draft file (domain/draft/load.ts: shapes, amounts, references) checked on
 * the draft an import builds, directly on the values — without writing the whole draft as text and
 * reading it back. The base draft was loaded (and so checked) before; what the import adds is
 * checked here, and every reference of the result: unique unit and project codes, lines that name
 * existing units and projects, sources that fit 本年/上年结转, amounts the file format accepts.
 * A problem here is a broken invariant of the import (the rows were validated before), reported
 * by JSON path as loadDraftJson would report it.
 */
export function checkImportResult(
  next: Draft,
  added: { expenses: Draft['expenses']; income: Draft['income'] | null },
): FileProblem[] {
  const problems: FileProblem[] = [];
  const units = new Set<string>();
  next.units.forEach((u, i) => {
    if (units.has(u.code)) problems.push({ path: `units[${i}].code`, message: `单位编码“${u.code}”重复` });
    units.add(u.code);
  });
  const projects = new Set<string>();
  next.projects.forEach((p, i) => {
    if (projects.has(p.code)) problems.push({ path: `projects[${i}].code`, message: `项目编码“${p.code}”重复` });
    projects.add(p.code);
    if (!units.has(p.unit)) problems.push({ path: `projects[${i}].unit`, message: `引用了不存在的单位“${p.unit}”` });
  });
  const max = MAX_DECIMALS[next.amountUnit];
  const amount = (path: string, text: string) => {
    if (!isDecimalString(text)) problems.push({ path, message: `不是有效金额：${JSON.stringify(text)}` });
    else if (decimalPlaces(text) > max)
      problems.push({
        path,
        message: `小数位过多：${JSON.stringify(text)}（以${UNIT_LABEL[next.amountUnit]}为单位最多 ${max} 位小数）`,
      });
    else if (
      text
        .replace(/^-/, '')
        .split('.')[0]
        .replace(/^0+(?=\d)/, '').length > MAX_INTEGER_DIGITS
    )
      problems.push({ path, message: `金额过大：${JSON.stringify(text)}` });
  };
  const source = (path: string, s: string, carryover: boolean) => {
    if (!isValidSource(s, carryover))
      problems.push({
        path,
        message: `资金来源“${SOURCE_SHORT_NAMES[s as keyof typeof SOURCE_SHORT_NAMES] ?? s}”不能用于${carryover ? '上年结转结余' : '本年收入'}`,
      });
  };
  // Offsets of the added lines in the result (replace: from 0; append: after the draft's own).
  const firstExpense = next.expenses.length - added.expenses.length;
  next.expenses.forEach((l, i) => {
    if (!units.has(l.unit)) problems.push({ path: `expenses[${i}].unit`, message: `引用了不存在的单位“${l.unit}”` });
    if (l.project && !projects.has(l.project))
      problems.push({ path: `expenses[${i}].project`, message: `引用了不存在的项目“${l.project}”` });
    if (i < firstExpense) return;
    if (!/^\d+$/.test(l.function) || !/^\d+$/.test(l.economic))
      problems.push({ path: `expenses[${i}]`, message: '科目编码应为数字' });
    if (!(EXPENSE_KINDS as readonly string[]).includes(l.kind))
      problems.push({ path: `expenses[${i}].kind`, message: `支出类型取值无效：${l.kind}` });
    source(`expenses[${i}].source`, l.source, l.carryover);
    amount(`expenses[${i}].amount`, l.amount);
  });
  const firstIncome = added.income === null ? next.income.length : next.income.length - added.income.length;
  next.income.forEach((l, i) => {
    if (!units.has(l.unit)) problems.push({ path: `income[${i}].unit`, message: `引用了不存在的单位“${l.unit}”` });
    if (i < firstIncome) return;
    source(`income[${i}].source`, l.source, l.carryover);
    amount(`income[${i}].amount`, l.amount);
  });
  next.procurement.forEach((p, i) => {
    if (!units.has(p.unit)) problems.push({ path: `procurement[${i}].unit`, message: `引用了不存在的单位“${p.unit}”` });
    if (p.project && !projects.has(p.project))
      problems.push({ path: `procurement[${i}].project`, message: `引用了不存在的项目“${p.project}”` });
  });
  next.carryForward.forEach((l, i) => {
    if (!units.has(l.unit))
      problems.push({ path: `carryForward[${i}].unit`, message: `引用了不存在的单位“${l.unit}”` });
  });
  return problems;
}
