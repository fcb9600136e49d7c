import { useMemo, useState } from 'react';
import { fromCents } from '../../../../src-core/domain/money/cents';
import { UNIT_LABEL } from '../../../../src-core/domain/money/units';
import type { DraftSession } from '../../session/draft-session';
import { showAmount } from '../amounts';
import { RecordTable, type RecordColumn } from '../RecordTable';
import { SectionFrame, type SectionMessage } from '../SectionFrame';
import { TextField } from '../TextField';
import {
  priorKeyNames,
  priorKeys,
  readFunctionCode,
  withoutPriorKey,
  withPriorFigure,
  withPriorYear,
} from './prior-rows';

/** 上年数: last year's 执行数 and 预算数 under the keys the comparisons use (docs/draft-format.md `prior`). */
export function PriorSection({ session }: { session: DraftSession; version: number }) {
  const [message, setMessage] = useState<SectionMessage | null>(null);
  const [pending, setPending] = useState<string[]>([]);
  const [code, setCode] = useState('');
  const head = session.head;
  const prior = head.prior;
  const names = useMemo(() => priorKeyNames(session.engine.layout), [session.engine]);
  const fn = session.engine.catalogs.function;
  const keys = priorKeys(prior, pending);
  const unit = head.amountUnit;

  const label = (key: string) => {
    if (!key.startsWith('fn:')) return names.get(key) ?? key;
    const c = key.slice(3);
    return `${c} ${fn.name(c) || '（功能分类中无此编码）'}`;
  };
  const columns: RecordColumn[] = [
    { key: 'name', label: '项目', kind: 'readonly' },
    { key: 'actual', label: `上年执行数（${UNIT_LABEL[unit]}）`, width: 190, kind: 'amount' },
    { key: 'budget', label: `上年预算数（${UNIT_LABEL[unit]}）`, width: 190, kind: 'amount' },
    { key: 'current', label: `本年数（${UNIT_LABEL[unit]}）`, width: 170, kind: 'readonly', align: 'right' },
  ];
  // A few dozen keys at most: built on every render (the engine's metrics are kept current).
  const rows = keys.map((key) => {
    const actual = prior.actual?.[key] ?? '';
    const budget = prior.budget?.[key] ?? '';
    const current = showAmount(fromCents(session.engine.metric(key), unit));
    return {
      key,
      cells: { name: label(key), actual, budget, current },
      display: {
        actual: showAmount(actual),
        budget: showAmount(budget),
      },
    };
  });

  const addKey = () => {
    const r = readFunctionCode(code);
    if (!r.ok) return setMessage({ kind: 'error', text: r.error });
    if (!fn.get(r.value)) return setMessage({ kind: 'error', text: `支出功能分类中没有编码“${r.value}”` });
    const key = `fn:${r.value}`;
    if (keys.includes(key)) return setMessage({ kind: 'error', text: `“${label(key)}”已在列表中` });
    setPending([...pending, key]);
    setCode('');
    setMessage({ kind: 'info', text: `已添加“${label(key)}”，请在该行填写上年执行数或预算数。` });
  };

  return (
    <SectionFrame
      session={session}
      title="上年数"
      hint="与上年比较时使用：收支默认比执行数，“三公”经费和机关运行经费比预算数"
      message={message}
      onDismiss={() => setMessage(null)}
    >
      <div className="field-row">
        <TextField
          label="上年年度"
          className="narrow"
          value={prior.year === undefined ? '' : String(prior.year)}
          onCommit={(t) => {
            const r = withPriorYear(prior, t);
            if (!r.ok) return r.error;
            session.setPart('修改上年年度', 'prior', r.value);
            return null;
          }}
        />
        <div className="add-key">
          <label htmlFor="prior-fn-code">添加功能分类科目</label>
          <span>
            <input
              id="prior-fn-code"
              value={code}
              placeholder="如 2010301"
              onChange={(e) => setCode(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.nativeEvent.isComposing) addKey();
              }}
            />
            <button type="button" onClick={addKey}>
              添加
            </button>
          </span>
        </div>
      </div>
      <RecordTable
        label="上年数"
        columns={columns}
        rows={rows}
        onCommit={(row, key, text) => {
          const r = withPriorFigure(prior, key as 'actual' | 'budget', keys[row], text, unit);
          if (!r.ok) return r.error;
          session.setPart(key === 'actual' ? '修改上年执行数' : '修改上年预算数', 'prior', r.value);
          return null;
        }}
        removeText="清空"
        onRemove={(row) => {
          const key = keys[row];
          setPending(pending.filter((k) => k !== key));
          session.setPart('删除上年数', 'prior', withoutPriorKey(prior, key));
          return null;
        }}
      />
    </SectionFrame>
  );
}
