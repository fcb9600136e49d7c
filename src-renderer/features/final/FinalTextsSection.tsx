import type { FinalText, PerformanceText } from '../../../src-core/domain/draft/types';
import { TextField } from '../sections/TextField';
import type { FinalSession } from './final-session';
import { SectionFrame } from '../sections/SectionFrame';

type PerformanceKey = Exclude<keyof PerformanceText, 'extra'>;

const PERFORMANCE: { key: PerformanceKey; label: string; hint: string }[] = [
  { key: 'management', label: '预算绩效管理工作开展情况', hint: '本年度绩效管理做了哪些工作' },
  { key: 'overall', label: '部门整体支出绩效自评结果', hint: '自评得分、等级与主要结论' },
  { key: 'projects', label: '项目支出绩效自评结果', hint: '各项目自评情况' },
  { key: 'application', label: '绩效自评结果应用情况', hint: '结果如何用于预算安排与管理' },
];

const BASIC: { key: 'functions' | 'composition' | 'staffing' | 'contact'; label: string }[] = [
  { key: 'functions', label: '主要职能' },
  { key: 'composition', label: '部门决算单位构成' },
  { key: 'staffing', label: '机构设置及人员情况' },
  { key: 'contact', label: '联系人及联系方式' },
];

interface Props {
  session: FinalSession;
  version: number;
}

/** The 决算's texts: 部门概况, 预算绩效 (four parts), 重点工作完成情况. Blank removes a text. */
export function FinalTextsSection({ session }: Props) {
  const text = session.head.text;
  const store = (label: string, next: FinalText): null => {
    session.setPart(`修改${label}`, 'text', next);
    return null;
  };
  const tidy = (v: string) => (v.trim() === '' ? undefined : v.replace(/\s+$/, ''));
  return (
    <SectionFrame session={session} title="文字说明">
      <fieldset className="field-group">
        <legend>重点工作完成情况</legend>
        <TextField
          label="重点工作完成情况"
          value={text.achievements ?? ''}
          multiline
          rows={6}
          onCommit={(v) => store('重点工作完成情况', withKey(text, 'achievements', tidy(v)))}
        />
      </fieldset>
      <fieldset className="field-group">
        <legend>预算绩效情况</legend>
        {PERFORMANCE.map((p) => (
          <TextField
            key={p.key}
            label={p.label}
            hint={p.hint}
            value={text.performance?.[p.key] ?? ''}
            multiline
            rows={4}
            onCommit={(v) =>
              store(p.label, withKey(text, 'performance', withKey(text.performance ?? {}, p.key, tidy(v))))
            }
          />
        ))}
      </fieldset>
      <fieldset className="field-group">
        <legend>部门概况</legend>
        {BASIC.map((b) => (
          <TextField
            key={b.key}
            label={b.label}
            value={text[b.key] ?? ''}
            multiline
            rows={3}
            onCommit={(v) => store(b.label, withKey(text, b.key, tidy(v)))}
          />
        ))}
      </fieldset>
    </SectionFrame>
  );
}

/** `o` with `key` set, or without it when `value` is undefined. */
function withKey<T extends object, K extends keyof T>(o: T, key: K, value: T[K] | undefined): T {
  const next = { ...o };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
