import { useMemo } from 'react';
import { FINAL_SOURCE_NAMES, FINAL_SOURCES } from '../../../src-core/domain/draft/vocabulary';
import { displayAmount } from '../../../src-core/domain/money/cents';
import { UNIT_LABEL } from '../../../src-core/domain/money/units';
import { asOf } from '../session/as-of';
import { unitName } from '../sections/unit-options';
import type { FinalSession } from './final-session';

/** The streams of a unit × source balance, in the order of the identity; `closing` is derived. */
const PARTS = [
  { key: 'open', label: '年初结转和结余' },
  { key: 'in', label: '本年收入' },
  { key: 'used', label: '使用非财政拨款结余' },
  { key: 'out', label: '本年支出' },
  { key: 'dist', label: '结余分配' },
  { key: 'closing', label: '年末结转和结余' },
] as const;

interface Props {
  session: FinalSession;
  version: number;
}

/**
 * 年初 + 本年收入 + 使用结余 − 本年支出 − 结余分配 = 年末 for every unit × source with money, as the
 * engine keeps it (the aggregates R-F-BAL reads): where a 年末 goes below zero, the row is red.
 */
export function BalanceSummary({ session, version }: Props) {
  const engine = session.engine;
  const rows = useMemo(() => {
    const ctx = asOf(engine, version).ruleContext;
    const unit = engine.head.publishUnit;
    const out: { key: string; unit: string; source: string; cells: string[]; negative: boolean }[] = [];
    for (const row of ctx.auxGroupRows('units')) {
      const code = row.code;
      for (const s of FINAL_SOURCES) {
        const cents = PARTS.map((p) => ctx.aux('units', row.key, `${p.key}|${s}`));
        if (cents.every((c) => c === 0)) continue;
        out.push({
          key: `${code}|${s}`,
          unit: unitName(engine.head.units, code),
          source: FINAL_SOURCE_NAMES[s],
          cells: cents.map((c) => displayAmount(c, unit)),
          negative: cents[cents.length - 1] < 0,
        });
      }
    }
    return out;
  }, [engine, version]);
  if (rows.length === 0) return null;
  return (
    <>
      <h3>结转结余平衡（自动计算，单位：{UNIT_LABEL[engine.head.publishUnit]}）</h3>
      <table className="record-table" aria-label="结转结余平衡" data-testid="balance-summary">
        <thead>
          <tr>
            <th>单位</th>
            <th>资金来源</th>
            {PARTS.map((p) => (
              <th key={p.key} className="right">
                {p.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.negative ? 'balance-negative' : undefined}>
              <td>{r.unit}</td>
              <td>{r.source}</td>
              {r.cells.map((c, i) => (
                <td key={PARTS[i].key} className="right">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
