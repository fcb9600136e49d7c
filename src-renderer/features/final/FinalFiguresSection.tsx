import { useMemo } from 'react';
import { fromCents } from '../../../src-core/domain/money/cents';
import { asOf } from '../session/as-of';
import { showAmount } from '../sections/amounts';
import { RecordTable, type RecordColumn, type RecordRow } from '../sections/RecordTable';
import { figureKeys, figureNames, figureText, withFigure, type FigureBasis } from './final-figures';
import type { FinalSession } from './final-session';
import { SectionFrame } from '../sections/SectionFrame';

const COLUMNS: RecordColumn[] = [
  { key: 'name', label: '项目', kind: 'readonly', width: 240 },
  { key: 'final', label: '本年决算数', kind: 'readonly', align: 'right', width: 130 },
  { key: 'initial', label: '年初预算数', kind: 'amount', width: 130 },
  { key: 'adjusted', label: '全年预算数', kind: 'amount', width: 130 },
  { key: 'prior', label: '上年决算数', kind: 'amount', width: 130 },
  { key: 'priorReason', label: '与上年相比增减原因' },
  { key: 'execReason', label: '决算数与年初预算数差异原因' },
];

const BASES = new Set<string>(['initial', 'adjusted', 'prior']);
const NAMES = figureNames();
const execKey = (key: string) => `exec:${key}`;

interface Props {
  session: FinalSession;
  version: number;
}

/**
 * 预算数与上年数: for each comparison figure (收入/支出总计, 财政拨款, 基本/项目, “三公” items, 机关运行经费 …
 * and each 一般公共预算 功能科目), this year's 决算数 as derived, and the 年初预算数, 全年预算数 and
 * 上年决算数 the officer types, with the reasons the checks ask for (与上年比较, 预算执行差异 of a 项).
 */
export function FinalFiguresSection({ session, version }: Props) {
  const engine = session.engine;
  const rows: RecordRow[] = useMemo(() => {
    const head = asOf(engine, version).head;
    const spent = new Set<string>();
    for (const id of engine.lineIds('expense')) {
      const l = engine.line('expense', id)!;
      if (l.source === 'gpb' && /^\d{7}$/.test(l.function)) spent.add(l.function);
    }
    const reasons = head.text.reasons ?? {};
    return figureKeys(head, spent).map((key) => {
      const code = key.startsWith('fn:') ? key.slice(3) : null;
      const name = code ? `${code} ${engine.catalogs.function.name(code) ?? ''}`.trim() : (NAMES.get(key) ?? key);
      const final = fromCents(engine.metric(key), head.amountUnit);
      const cells: Record<string, string> = {
        name,
        final,
        initial: figureText(head, 'initial', key),
        adjusted: figureText(head, 'adjusted', key),
        prior: figureText(head, 'prior', key),
        priorReason: reasons[key] ?? '',
        execReason: code?.length === 7 ? (reasons[execKey(key)] ?? '') : '',
      };
      const display = {
        final: showAmount(final),
        initial: cells.initial && showAmount(cells.initial),
        adjusted: cells.adjusted && showAmount(cells.adjusted),
        prior: cells.prior && showAmount(cells.prior),
        execReason: code?.length === 7 ? cells.execReason : '—',
      };
      return { key, cells, display };
    });
  }, [engine, version]);

  return (
    <SectionFrame
      session={session}
      title="预算数与上年数"
      hint="本年决算数由明细自动汇总；年初预算数、全年预算数与上年决算数请按批复和上年决算填写（留空表示没有该数）。"
    >
      <RecordTable
        label="预算数与上年数"
        columns={COLUMNS}
        rows={rows}
        onCommit={(row, col, text) => {
          const key = rows[row]?.key;
          if (!key) return '该行已不存在';
          const head = engine.head;
          if (BASES.has(col)) {
            const next = withFigure(head, col as FigureBasis, key, text, head.amountUnit);
            if (!next.ok) return next.error;
            if (next.value.key === 'budget') session.setPart('输入预算数', 'budget', next.value.value);
            else session.setPart('输入上年决算数', 'prior', next.value.value);
            return null;
          }
          if (col === 'execReason' && !(key.startsWith('fn:') && key.length === 10))
            return '只有功能分类项级科目填写差异原因';
          const reasonKey = col === 'execReason' ? execKey(key) : key;
          const reasons = { ...(head.text.reasons ?? {}) };
          if (text.trim() === '') delete reasons[reasonKey];
          else reasons[reasonKey] = text.trim();
          session.setPart('填写原因', 'text', { ...head.text, reasons });
          return null;
        }}
      />
    </SectionFrame>
  );
}
