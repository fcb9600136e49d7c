import { useMemo } from 'react';
import { FINAL_RULES } from '../../../src-core/domain/final/rules/registry';
import type { Finding } from '../../../src-core/domain/rules/types';
import { ruleTitle } from '../review/review-notes';
import { asOf } from '../session/as-of';
import type { FinalLineStream } from '../../../src-core/domain/final/final-facts';
import { FINAL_SECTIONS, type FinalSection } from './final-sections';
import type { FinalSession } from './final-session';
import '../review/review.css';

const TITLES = new Map(FINAL_RULES.map((r) => [r.id, r.title]));
const SEVERITY_LABEL = { error: '错误', warning: '提示' } as const;
/** Findings drawn at once; the rest are counted (a large draft can have thousands). */
const SHOWN = 300;
/** The section holding the lines of each other stream (a finding about one of them: 定位 opens it). */
const LINE_SECTIONS: readonly (readonly [FinalLineStream, FinalSection])[] = [
  ['income', 'income'],
  ['balance', 'balances'],
  ['procurement', 'other'],
];
/** A finding about a unit opens 结转结余 when its rule checks the balances there, else 基本信息 (the unit list). */
const UNIT_SECTIONS: Readonly<Record<string, FinalSection>> = { 'R-F-BAL': 'balances' };
const sectionLabel = (id: FinalSection) => FINAL_SECTIONS.find((s) => s.id === id)?.label ?? '';

interface Props {
  session: FinalSession;
  version: number;
  /** 定位 of a finding about a 决算 expense line: 支出决算 with that row (and cell) selected. */
  onShowLine?(lineId: string, field: string | null): void;
  /** 定位 of a finding about a unit or an income / balance / procurement line: opens its section. */
  onShowSection?(section: FinalSection): void;
}

/** 审核 of a 决算: the FinalEngine's findings (errors first), each with its rule's title and message; one about an expense line has 定位. */
export function FinalReviewSection({ session, version, onShowLine, onShowSection }: Props) {
  const findings = useMemo(() => asOf(session.engine, version).findings(), [session, version]);
  /** The expense line a finding is about (null for a table, a text, a unit, another stream's line). */
  const expenseLine = (f: Finding) =>
    'line' in f.target && session.engine.line('expense', f.target.line) !== undefined ? f.target : null;
  /** The section a finding not about an expense line is fixed in (null: none to open). */
  const sectionOf = (f: Finding): FinalSection | null => {
    const t = f.target;
    if ('unit' in t) return UNIT_SECTIONS[f.rule] ?? 'basic';
    if (!('line' in t)) return null;
    return LINE_SECTIONS.find(([stream]) => session.engine.line(stream, t.line) !== undefined)?.[1] ?? null;
  };
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <section className="review-panel" aria-label="审核" data-testid="final-review">
      <h2 className="pane-title">审核</h2>
      <p className="review-summary">
        错误 <b>{errors}</b> 项，提示 <b>{findings.length - errors}</b> 项{findings.length === 0 && '：没有发现问题。'}
      </p>
      <ul className="finding-list">
        {findings.slice(0, SHOWN).map((f, i) => {
          const place = onShowSection && !expenseLine(f) ? sectionOf(f) : null;
          return (
            <li key={i} className={`finding ${f.severity}${f.explained ? ' is-explained' : ''}`} data-rule={f.rule}>
              <div className="finding-head">
                <span className="severity">{SEVERITY_LABEL[f.severity]}</span>
                <span className="rule-title">{TITLES.get(f.rule) ?? ruleTitle(f.rule)}</span>
                {f.explained && <span className="explained">已说明</span>}
                {onShowLine && expenseLine(f) && (
                  <span className="finding-actions">
                    <button
                      type="button"
                      className="finding-goto"
                      onClick={() => {
                        const at = expenseLine(f);
                        if (at) onShowLine(at.line, at.field ?? null);
                      }}
                    >
                      定位到支出决算
                    </button>
                  </span>
                )}
                {place && (
                  <span className="finding-actions">
                    <button type="button" className="finding-goto" onClick={() => onShowSection?.(place)}>
                      定位到{sectionLabel(place)}
                    </button>
                  </span>
                )}
              </div>
              <p className="finding-message">{f.message}</p>
            </li>
          );
        })}
      </ul>
      {findings.length > SHOWN && <p className="muted">另有 {findings.length - SHOWN} 项未列出，请先处理以上问题。</p>}
    </section>
  );
}
